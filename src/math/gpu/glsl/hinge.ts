import type { LossGlsl } from './types';

/**
 * Hinge with target y = ±1: ℓ = max(0, m − y·s); ∂ℓ/∂s = −y where m − y·s ≥ 0, else 0 (the kink
 * keeps −y, as the float64 spec and PyTorch's clamp backward do).
 */
export const hingeGlsl: LossGlsl = {
  id: 'hinge',
  params: ['margin'],
  source: `
vec2 lossAt(float x, float t) {
  float h = u_margin - t * x;
  return h >= 0.0 ? vec2(h, -t) : vec2(0.0, 0.0);
}`,
};
