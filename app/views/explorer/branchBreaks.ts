import type { PanelCurve } from '../../../src/components/charts/CurvePanels';
import type { Params, Profile } from '../../../src/math/types';

/** A step this many times its neighbours' is a jump in the value, not a kink. */
const JUMP = 8;

/**
 * Whether `v` steps between samples i − 1 and i by far more than it does beside them. The steps beside are the
 * nearest ones that do not cross a branch change themselves: where a sample lands on the kink (|r| at r = 0), the
 * jump is split over two branch changes, and each would otherwise hide the other.
 */
function jumps(v: Float64Array, i: number, crosses: (j: number) => boolean): boolean {
  const step = (j: number) => Math.abs(v[j]! - v[j - 1]!);
  const here = step(i);
  if (!Number.isFinite(here)) return false;
  let j = i - 1;
  while (j >= 1 && crosses(j)) j--;
  let k = i + 1;
  while (k < v.length && crosses(k)) k++;
  const before = j >= 1 ? step(j) : 0;
  const after = k < v.length ? step(k) : 0;
  const near = Math.max(Number.isFinite(before) ? before : 0, Number.isFinite(after) ? after : 0);
  return here > JUMP * near + 1e-12 * (1 + Math.abs(v[i]!));
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
  const crossing = new Set(breaks);
  const crosses = (j: number) => crossing.has(j);
  for (const i of breaks) {
    const step = jumps(c.value, i, crosses);
    if (step) value[i] = NaN;
    if (!step && !jumps(c.derivative, i, crosses)) continue;
    derivative[i] = NaN;
    if (weight) weight[i] = NaN;
  }
  return { ...c, value, derivative, weight };
}
