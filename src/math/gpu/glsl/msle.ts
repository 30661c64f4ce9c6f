import type { ProfileGlsl } from './types';

/**
 * Squared log error of a prediction f against a target y (msleAt, msleDerivAt): with the log gap
 * u = log1p((f − y)/(1 + y)) when |f − y| ≤ (1 + y)/2, else log1p(f) − log1p(y),
 * ℓ = u² and ∂ℓ/∂f = 2u/(1 + f). Undefined unless f > −1 and y > −1; within 0.1 of the pole the
 * derivative's float32 error (≈ 1e-7/(1 + f) relative) is too large, so those cells are redone in float64.
 */
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
