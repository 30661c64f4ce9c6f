import { ParamSlider } from '../../../src/components/controls/ParamSlider';
import {
  PRECISIONS, bceFromClippedProbability, bceFromLogit, bceFromProbability, naiveSigmoid,
} from '../../../src/math/lessons/saturationPrecision';
import type { FigureProps } from '../types';
import { LabelChoice } from './LabelChoice';
import { showNumber } from './format';
import { ZX, label, type SaturationState } from './state';

/** The columns of the precision table: how each program computes BCE at the chosen logit. */
export const PRECISION_COLUMNS = [
  { id: 'sigma', label: 'σ(z) as computed', f: (z: number, _y: 0 | 1, p: (typeof PRECISIONS)[number]) => naiveSigmoid(z, p) },
  { id: 'prob', label: 'BCE from σ(z)', f: bceFromProbability },
  { id: 'clipped', label: 'BCE from σ(z) clipped to [1e-7, 1 − 1e-7]', f: bceFromClippedProbability },
  { id: 'logit', label: 'BCE from the logit', f: bceFromLogit },
] as const;

/** BCE at one extreme logit, from the probability and from the logit, in float64 and float32. */
export function PrecisionFigure({ state, set }: FigureProps<SaturationState>) {
  const y = label(state);
  return (
    <div className="saturation-figure">
      <div className="saturation-controls">
        <ParamSlider spec={ZX} value={state.zx} onChange={(v) => set({ zx: v })} />
        <LabelChoice y={state.y} onChange={(v) => set({ y: v })} name="saturation-precision-y" />
      </div>
      <table className="saturation-table">
        <caption>Binary cross-entropy at z = {showNumber(state.zx)}, y = {y}</caption>
        <thead>
          <tr>
            <th scope="col">precision</th>
            {PRECISION_COLUMNS.map((c) => (
              <th key={c.id} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {PRECISIONS.map((p) => (
            <tr key={p}>
              <th scope="row">{p}</th>
              {PRECISION_COLUMNS.map((c) => (
                <td key={c.id}>{showNumber(c.f(state.zx, y, p))}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
