import type { LossGlsl, ProfileGlsl } from './types';

/**
 * Hinge along the margin m = y·s: ℓ = max(0, margin − m), ℓ' = −1 where margin − m ≥ 0, else 0 (the
 * kink keeps −1, as hingeDerivAt and PyTorch's clamp backward do).
 */
export const hingeProfileGlsl: ProfileGlsl = {
  id: 'hinge',
  axis: 'margin',
  params: ['margin'],
  source: `
vec2 profileAt(float m) {
  float h = u_margin - m;
  return h >= 0.0 ? vec2(h, -1.0) : vec2(0.0, 0.0);
}`,
};

/** Hinge of score x with label t = ±1: ℓ = profile(t·x), ∂ℓ/∂x = t·profile'(t·x). */
export const hingeGlsl: LossGlsl = {
  id: 'hinge',
  params: hingeProfileGlsl.params,
  source: `${hingeProfileGlsl.source}
vec2 lossAt(float x, float t) {
  vec2 p = profileAt(t * x);
  return vec2(p.x, t * p.y);
}`,
};
