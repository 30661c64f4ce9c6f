import { scaleBand, scaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import { Axis } from '../../../src/components/charts/Axis';
import { seriesColor } from '../../../src/components/charts/palette';
import { ParamSlider } from '../../../src/components/controls/ParamSlider';
import { fitLogits, frequencies, meanCe } from '../../../src/math/lessons/likelihood';
import type { FigureProps } from '../types';
import { short } from './Readouts';
import { SPECS, type LikelihoodState } from './state';
import '../../../src/components/charts/charts.css';
import './likelihood.css';

const HEIGHT = 200;
const M = { left: 44, right: 12, top: 12, bottom: 28 };

/**
 * A data set of class labels given as counts, and one logit per class fitted to it by maximum likelihood
 * (gradient descent on the mean cross-entropy, plus λ Σ z² when λ > 0). Bars: each class's frequency beside
 * its fitted probability. While the question is open the fitted probabilities are hidden.
 */
export function CategoricalFigure({ state, set, revealed, width }: FigureProps<LikelihoodState>) {
  const { counts, lambda } = state;
  const f = useMemo(() => frequencies(counts), [counts]);
  const fit = useMemo(() => fitLogits(counts, lambda), [counts, lambda]);
  const w = Math.min(width, 640);
  const classes = counts.map((_, k) => `class ${k + 1}`);
  const x = scaleBand<string>().domain(classes).range([0, w - M.left - M.right]).padding(0.25);
  const y = scaleLinear().domain([0, 1]).range([HEIGHT - M.top - M.bottom, 0]);
  const bar = x.bandwidth() / 2;
  const setCount = (k: number, v: number) => {
    if (Number.isInteger(v) && v >= 1 && v <= 50) set({ counts: counts.map((c, j) => (j === k ? v : c)) });
  };
  return (
    <div className="likelihood-figure">
      <div className="likelihood-controls">
        <fieldset className="likelihood-counts">
          <legend>Labels in the data set, counted by class</legend>
          {counts.map((c, k) => (
            <label key={k}>
              {`count of class ${k + 1}`}
              <input type="number" className="param-number" min={1} max={50} step={1} value={c} onChange={(e) => setCount(k, e.currentTarget.valueAsNumber)} />
            </label>
          ))}
        </fieldset>
        <ParamSlider spec={SPECS.lambda} value={lambda} onChange={(v) => set({ lambda: v })} />
      </div>
      {/* oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- an inline SVG chart has no <img> form; role img names it */}
      <svg className="line-chart" width={w} height={HEIGHT} role="img" aria-label="Class frequencies beside the fitted probabilities">
        <g transform={`translate(${M.left},${M.top})`}>
          <Axis scale={y} orient="left" gridLength={w - M.left - M.right} ticks={4} />
          {classes.map((name, k) => (
            <g key={name} transform={`translate(${x(name)},0)`}>
              <rect x={0} width={bar} y={y(f[k]!)} height={y(0) - y(f[k]!)} fill={seriesColor(0)} />
              {revealed && <rect x={bar} width={bar} y={y(fit.p[k]!)} height={y(0) - y(fit.p[k]!)} fill={seriesColor(1)} />}
              <text x={bar} y={y(0) + 18} textAnchor="middle" className="likelihood-bar-label">
                {name}
              </text>
            </g>
          ))}
        </g>
      </svg>
      <table className="likelihood-readouts">
        <caption>
          Frequency nₖ / N (blue) {revealed ? `and fitted softmax(z)ₖ (orange); mean CE at the fit ${short(meanCe(counts, fit.z))}` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">class</th>
            <th scope="col">frequency</th>
            {revealed && <th scope="col">fitted p</th>}
          </tr>
        </thead>
        <tbody>
          {classes.map((name, k) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>
                <output aria-label={`frequency of ${name}`} data-value={f[k]}>
                  {short(f[k]!)}
                </output>
              </td>
              {revealed && (
                <td>
                  <output aria-label={`fitted p of ${name}`} data-value={fit.p[k]}>
                    {short(fit.p[k]!)}
                  </output>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {!revealed && <p className="likelihood-hidden">Answer the question to see the fitted probabilities.</p>}
    </div>
  );
}
