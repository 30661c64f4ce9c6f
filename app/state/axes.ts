import type { Axis, LossSpec, Profile } from '../../src/math/types';

/** The explorer's x-axes and how a loss is drawn over one; no presets here, so the element can read it too. */
export const AXES: readonly Axis[] = [
  'residual', 'margin', 'logit', 'probability', 'distance', 'similarity', 'weight',
  'overlap', 'offset', 'difference', 'rate', 'latent',
];

/** The profile of `spec` drawn over `axis`, if it has one. */
export function profileOn(spec: LossSpec, axis: Axis): Profile | undefined {
  return spec.profiles.find((p) => p.axis === axis);
}

/** Where the cursor starts over a window: three quarters across (a link's `at` moves it). */
export const startCursor = ([lo, hi]: readonly [number, number]): number => Number((lo + 0.75 * (hi - lo)).toPrecision(6));
