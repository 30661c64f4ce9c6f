/**
 * Squared log error of a prediction f against a target y (msleAt, msleDerivAt): with the log gap
 * u = log1p((f − y)/(1 + y)) when |f − y| ≤ (1 + y)/2, else log1p(f) − log1p(y), ℓ = u² and ∂ℓ/∂f = 2u/(1 + f).
 * Undefined unless f > −1 and y > −1; within 0.1 of the pole the derivative's float32 error (≈ 1e-7/(1 + f)
 * relative) is too large, so the GPU path redoes those cells in float64.
 */
import { msleAt, msleDerivAt } from '../../losses/msle';
import type { ProfileGlsl } from '../glsl';
import { defineLoss } from '../model';
import { regression } from '../models/regression';

export const msleProfileGlsl: ProfileGlsl = {
  id: 'msle',
  axis: 'residual',
  params: [],
  pair: { guard: 'min(f, y) + 1.0', refineBelow: 0.1 },
  source: `
vec2 sampleAt(float f, float y) {
  float d = f - y;
  float s = 1.0 + y;
  float u = abs(d) <= 0.5 * s ? la_log1p(d / s) : la_log1p(f) - la_log1p(y);
  return vec2(u * u, 2.0 * u / (1.0 + f));
}`,
};

/** f = u·x + v against target y: ℓ(f, y), defined for f, y > −1. */
export const msleSurface = defineLoss(regression, {
  id: 'msle',
  params: [],
  glsl: msleProfileGlsl,
  domain: 'msle needs every prediction u·x + v and every target above −1',
  sums: ({ a, b, y }, _q, u, v, out) => {
    let s = 0, gu = 0, gv = 0;
    for (let i = 0; i < y.length; i++) {
      const f = u * a[i]! + v * b[i]!;
      s += msleAt(f, y[i]!);
      const g = msleDerivAt(f, y[i]!);
      gu += g * a[i]!;
      gv += g * b[i]!;
    }
    out[0] = s;
    out[1] = gu;
    out[2] = gv;
  },
});
