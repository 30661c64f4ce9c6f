import type { LossGlsl } from './types';

/** Squared error: ℓ = (x − t)², ∂ℓ/∂x = 2(x − t). */
export const mseGlsl: LossGlsl = {
  id: 'mse',
  params: [],
  source: `
vec2 lossAt(float x, float t) {
  float r = x - t;
  return vec2(r * r, 2.0 * r);
}`,
};
