import type { Params, Profile } from './types';

/** A profile sampled on a grid; undefined or non-finite points are NaN so a chart breaks the line there. */
export interface SampledCurve {
  readonly x: Float64Array;
  readonly value: Float64Array;
  readonly derivative: Float64Array;
}

/**
 * Samples `profile` at `n` evenly spaced x in [lo, hi]. Points outside the profile's open
 * `defined` interval, and any non-finite result, become NaN rather than a wild number.
 */
export function sampleProfile(profile: Profile, params: Params, domain: readonly [lo: number, hi: number], n: number): SampledCurve {
  const [lo, hi] = domain;
  const x = new Float64Array(n);
  const value = new Float64Array(n);
  const derivative = new Float64Array(n);
  const def = profile.defined;
  for (let i = 0; i < n; i++) {
    const xi = n === 1 ? lo : lo + ((hi - lo) * i) / (n - 1);
    x[i] = xi;
    const inside = !def || (xi > def[0] && xi < def[1]);
    const v = inside ? profile.value(xi, params) : NaN;
    const d = inside ? profile.derivative(xi, params) : NaN;
    value[i] = Number.isFinite(v) ? v : NaN;
    derivative[i] = Number.isFinite(d) ? d : NaN;
  }
  return { x, value, derivative };
}

/** The [min, max] of the finite entries of the arrays, or undefined when there are none. */
export function finiteExtent(...arrays: readonly ArrayLike<number>[]): [number, number] | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const a of arrays) {
    for (let i = 0; i < a.length; i++) {
      const v = a[i]!;
      if (Number.isFinite(v)) {
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
    }
  }
  return lo <= hi ? [lo, hi] : undefined;
}
