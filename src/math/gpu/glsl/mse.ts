import { residualBatch, type LossGlsl, type ProfileGlsl } from './types';

/** Squared error along the residual: ℓ(r) = r², ℓ'(r) = 2r (mseAt, mseDerivAt). */
export const mseProfileGlsl: ProfileGlsl = {
  id: 'mse',
  axis: 'residual',
  params: [],
  source: `
vec2 profileAt(float r) {
  return vec2(r * r, 2.0 * r);
}`,
};

/** Squared error of x against t: ℓ = (x − t)², ∂ℓ/∂x = 2(x − t). */
export const mseGlsl: LossGlsl = residualBatch(mseProfileGlsl);
