import { useMemo } from 'react';
import { CurvePanels } from '../../../src/components/charts/CurvePanels';
import { ParamSlider } from '../../../src/components/controls/ParamSlider';
import { nllAffine, priorNll, priorPenalty, type Prior } from '../../../src/math/lessons/likelihood';
import type { FigureProps } from '../types';
import { LOSS_PANEL_ONLY, panelCurve } from './curves';
import { Readouts } from './Readouts';
import { SPECS, type LikelihoodState } from './state';
import './likelihood.css';

const W_DOMAIN: readonly [number, number] = [-3, 3];
const PRIORS: readonly { readonly id: Prior; readonly label: string; readonly penalty: string }[] = [
  { id: 'gaussian', label: 'Gaussian prior', penalty: 'L2 penalty λw²' },
  { id: 'laplace', label: 'Laplace prior', penalty: 'L1 penalty λ|w|' },
];

/**
 * A zero-mean prior on one weight: its negative log-density beside the penalty it is (L2 for Gaussian, L1
 * for Laplace), which differ by a constant; w is the chart's cursor. While the question is open the penalty
 * curve and the numbers are hidden.
 */
export function PriorFigure({ state, set, revealed, width }: FigureProps<LikelihoodState>) {
  const { prior, s, w } = state;
  const info = PRIORS.find((p) => p.id === prior)!;
  const curves = useMemo(() => {
    const nll = panelCurve('prior', `−log ${info.label}`, 0, (x) => priorNll(prior, x, s), W_DOMAIN);
    const pen = panelCurve('penalty', info.penalty, 1, (x) => priorPenalty(prior, x, s), W_DOMAIN, true);
    return revealed ? [nll, pen] : [nll];
  }, [prior, s, revealed, info]);
  const { factor, constant } = nllAffine(prior, s);
  return (
    <div className="likelihood-figure">
      <div className="likelihood-controls">
        <fieldset className="likelihood-prior">
          <legend>Prior on the weight</legend>
          {PRIORS.map((p) => (
            <label key={p.id}>
              <input type="radio" name="likelihood-prior" checked={prior === p.id} onChange={() => set({ prior: p.id })} /> {p.label}
            </label>
          ))}
        </fieldset>
        <ParamSlider spec={SPECS.s} value={s} onChange={(v) => set({ s: v })} />
        <ParamSlider spec={SPECS.w} value={w} onChange={(v) => set({ w: v })} />
      </div>
      <CurvePanels
        curves={curves}
        xLabel="weight w"
        xDomain={W_DOMAIN}
        cursorX={w}
        onCursor={(v) => set({ w: Math.round(v * 100) / 100 })}
        panels={LOSS_PANEL_ONLY}
        width={Math.min(width, 900)}
        height={220}
        title={`Negative log of the ${info.label} and its penalty`}
      />
      {revealed ? (
        <Readouts
          caption={`At w = ${w}, prior scale ${s}`}
          rows={[
            { label: '−log prior', value: priorNll(prior, w, s) },
            { label: 'penalty', value: priorPenalty(prior, w, s) },
            { label: 'λ', value: factor },
            { label: 'prior constant', value: constant },
          ]}
        />
      ) : (
        <p className="likelihood-hidden">Answer the question to see the penalty and the numbers.</p>
      )}
    </div>
  );
}
