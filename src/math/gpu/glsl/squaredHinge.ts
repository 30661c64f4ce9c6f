import type { ProfileGlsl } from './types';

/** Squared hinge along the margin: h = max(0, margin − m), ℓ = h², ℓ' = −2h (squaredHingeAt, …DerivAt). */
export const squaredHingeProfileGlsl: ProfileGlsl = {
  id: 'squared_hinge',
  axis: 'margin',
  params: ['margin'],
  source: `
vec2 profileAt(float m) {
  float h = max(0.0, u_margin - m);
  return vec2(h * h, -2.0 * h);
}`,
};
