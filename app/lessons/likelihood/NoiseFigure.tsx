import { useMemo, type ComponentType } from 'react';
import { CurvePanels } from '../../../src/components/charts/CurvePanels';
import { ParamSlider } from '../../../src/components/controls/ParamSlider';
import { matchingLoss, meanNll, nllAffine, type Noise } from '../../../src/math/lessons/likelihood';
import type { FigureProps } from '../types';
import { LOSS_PANEL_ONLY, panelCurve } from './curves';
import { Readouts } from './Readouts';
import { SPECS, Y_RANGE, type LikelihoodState } from './state';
import './likelihood.css';

const NAMES: Readonly<Record<Noise, { readonly noise: string; readonly loss: string; readonly scale: 'sigma' | 'b' }>> = {
  gaussian: { noise: 'Gaussian', loss: 'MSE', scale: 'sigma' },
  laplace: { noise: 'Laplace', loss: 'MAE', scale: 'b' },
};

/**
 * Regression with `noise`: the mean NLL of predicting c for every target against the loss it turns into,
 * both over c, with the prediction as the chart's cursor (drag it or use the arrow keys on the chart), and
 * the readouts that show NLL − factor × loss is the stated constant. While the question is open the
 * `hide` curve and the readouts are hidden.
 */
export function noiseFigure(noise: Noise, hide: 'nll' | 'loss'): ComponentType<FigureProps<LikelihoodState>> {
  const n = NAMES[noise];
  return function NoiseFigure({ state, set, revealed, width }: FigureProps<LikelihoodState>) {
    const { ys, c } = state;
    const scale = state[n.scale];
    const { factor, constant } = nllAffine(noise, scale);
    const curves = useMemo(() => {
      const nll = panelCurve('nll', `mean NLL, ${n.noise} noise`, 0, (x) => meanNll(noise, ys, x, scale), Y_RANGE);
      const loss = panelCurve('loss', n.loss, 1, (x) => matchingLoss(noise, ys, x), Y_RANGE, true);
      return revealed ? [nll, loss] : [hide === 'nll' ? loss : nll];
    }, [ys, scale, revealed]);
    const nll = meanNll(noise, ys, c, scale);
    const loss = matchingLoss(noise, ys, c);
    return (
      <div className="likelihood-figure">
        <div className="likelihood-controls">
          <ParamSlider spec={SPECS.c} value={c} onChange={(v) => set({ c: v })} />
          <ParamSlider spec={SPECS[n.scale]} value={scale} onChange={(v) => set({ [n.scale]: v })} />
        </div>
        <CurvePanels
          curves={curves}
          xLabel="prediction c"
          xDomain={Y_RANGE}
          cursorX={c}
          onCursor={(v) => set({ c: Math.round(v * 100) / 100 })}
          panels={LOSS_PANEL_ONLY}
          width={Math.min(width, 900)}
          height={220}
          title={`Mean NLL under ${n.noise} noise and ${n.loss}`}
        />
        {revealed ? (
          <Readouts
            caption={`At c = ${c}, targets ${ys.join(', ')}`}
            rows={[
              { label: 'mean NLL', value: nll },
              { label: n.loss, value: loss },
              { label: 'factor', value: factor },
              { label: 'constant', value: constant },
            ]}
          />
        ) : (
          <p className="likelihood-hidden">Answer the question to see the other curve and the numbers.</p>
        )}
      </div>
    );
  };
}
