import type { PanelCurve } from '../../../src/components/charts/CurvePanels';
import type { Params, Profile } from '../../../src/math/types';

/** A step this many times its neighbours' is a jump in the value, not a kink. */
const JUMP = 8;

/** Whether the value steps between samples i − 1 and i by far more than it does beside them. */
function jumps(v: Float64Array, i: number): boolean {
  const step = Math.abs(v[i]! - v[i - 1]!);
  if (!Number.isFinite(step)) return false;
  const before = i >= 2 ? Math.abs(v[i - 1]! - v[i - 2]!) : 0;
  const after = i + 1 < v.length ? Math.abs(v[i + 1]! - v[i]!) : 0;
  const near = Math.max(Number.isFinite(before) ? before : 0, Number.isFinite(after) ? after : 0);
  return step > JUMP * near + 1e-12 * (1 + Math.abs(v[i]!));
}

/**
 * The curve with a gap wherever the profile's branchKey changes between neighbouring samples (typed losses)
 * and the curve jumps there: the first sample past the change loses its derivative (and weight) where the
 * derivative or the value jumps, and its value where the value does, so a kink draws as a jump in the
 * derivative and a step is not joined by a steep line. A branch change the curve passes smoothly (Huber's
 * |r| = δ) stays joined. The x-grid
 * stays the one every curve shares (the CSV export needs it).
 */
export function breakAtBranches(c: PanelCurve, profile: Profile, params: Params): PanelCurve {
  const key = profile.branchKey;
  if (!key) return c;
  const n = c.x.length;
  const breaks: number[] = [];
  let last = n > 0 ? key(c.x[0]!, params) : 0;
  for (let i = 1; i < n; i++) {
    const k = key(c.x[i]!, params);
    if (k !== last && !(Number.isNaN(k) && Number.isNaN(last))) breaks.push(i);
    last = k;
  }
  if (breaks.length === 0) return c;
  const value = c.value.slice();
  const derivative = c.derivative.slice();
  const weight = c.weight?.slice();
  for (const i of breaks) {
    const step = jumps(c.value, i);
    if (step) value[i] = NaN;
    if (!step && !jumps(c.derivative, i)) continue;
    derivative[i] = NaN;
    if (weight) weight[i] = NaN;
  }
  return { ...c, value, derivative, weight };
}
