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
 * The curve with a gap wherever the profile's branchKey changes between neighbouring samples (typed losses): a
 * point without a derivative (and weight) between them, and without a value too where the value jumps, so a
 * kink draws as a jump in the derivative and a step is not joined by a steep line.
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
  const m = n + breaks.length;
  const x = new Float64Array(m);
  const value = new Float64Array(m);
  const derivative = new Float64Array(m);
  const weight = c.weight ? new Float64Array(m) : undefined;
  let j = 0;
  let b = 0;
  for (let i = 0; i < n; i++) {
    if (breaks[b] === i) {
      b++;
      const mid = (c.x[i - 1]! + c.x[i]!) / 2;
      const v = profile.value(mid, params);
      x[j] = mid;
      value[j] = jumps(c.value, i) || !Number.isFinite(v) ? NaN : v;
      derivative[j] = NaN;
      if (weight) weight[j] = NaN;
      j++;
    }
    x[j] = c.x[i]!;
    value[j] = c.value[i]!;
    derivative[j] = c.derivative[i]!;
    if (weight) weight[j] = c.weight![i]!;
    j++;
  }
  return { ...c, x, value, derivative, weight };
}
