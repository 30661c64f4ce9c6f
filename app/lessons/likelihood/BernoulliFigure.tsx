import { useMemo } from 'react';
import { CurvePanels } from '../../../src/components/charts/CurvePanels';
import { ParamSlider } from '../../../src/components/controls/ParamSlider';
import { bernoulliNll, binaryLabels, frequencies, meanBce } from '../../../src/math/lessons/likelihood';
import type { FigureProps } from '../types';
import { LOSS_PANEL_ONLY, panelCurve } from './curves';
import { Readouts } from './Readouts';
import { SPECS, type LikelihoodState } from './state';
import './likelihood.css';

const P_DOMAIN: readonly [number, number] = [0.01, 0.99];

/**
 * Binary labels and one predicted probability p: the Bernoulli NLL taken from the probabilities beside the
 * registry's BCE (the same curve), p as the chart's cursor. While the question (which p is best) is open the
 * curves and numbers are hidden.
 */
export function BernoulliFigure({ state, set, revealed, width }: FigureProps<LikelihoodState>) {
  const { ones, zeros, p } = state;
  const labels = useMemo(() => binaryLabels(ones, zeros), [ones, zeros]);
  const curves = useMemo(
    () => [
      panelCurve('nll', 'mean Bernoulli NLL', 0, (x) => bernoulliNll(labels, x), P_DOMAIN),
      panelCurve('bce', 'BCE', 1, (x) => meanBce(labels, x), P_DOMAIN, true),
    ],
    [labels],
  );
  return (
    <div className="likelihood-figure">
      <div className="likelihood-controls">
        <ParamSlider spec={SPECS.ones} value={ones} onChange={(v) => set({ ones: v })} />
        <ParamSlider spec={SPECS.zeros} value={zeros} onChange={(v) => set({ zeros: v })} />
        <ParamSlider spec={SPECS.p} value={p} onChange={(v) => set({ p: v })} />
      </div>
      {revealed ? (
        <>
          <CurvePanels
            curves={curves}
            xLabel="predicted probability p"
            xDomain={P_DOMAIN}
            cursorX={p}
            onCursor={(v) => set({ p: Math.min(0.99, Math.max(0.01, Math.round(v * 100) / 100)) })}
            panels={LOSS_PANEL_ONLY}
            width={Math.min(width, 900)}
            height={220}
            title="Mean Bernoulli NLL and BCE"
          />
          <Readouts
            caption={`At p = ${p}, ${ones} ones and ${zeros} zeros`}
            rows={[
              { label: 'mean Bernoulli NLL', value: bernoulliNll(labels, p) },
              { label: 'BCE', value: meanBce(labels, p) },
              { label: 'share of ones', value: frequencies([zeros, ones])[1]! },
            ]}
          />
        </>
      ) : (
        <p className="likelihood-hidden">Answer the question to see the curve and the numbers.</p>
      )}
    </div>
  );
}
