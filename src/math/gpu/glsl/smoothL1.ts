import type { ProfileGlsl } from './types';

/**
 * Smooth L1 ℓ_β(r) = huber_β(r)/β: r²/(2β) for |r| ≤ β, |r| − β/2 beyond, and plain |r| for β = 0
 * (smoothL1At, smoothL1DerivAt: the band edge belongs to the quadratic piece, as in huberAt).
 */
export const smoothL1ProfileGlsl: ProfileGlsl = {
  id: 'smooth_l1',
  axis: 'residual',
  params: ['beta'],
  source: `
vec2 profileAt(float r) {
  if (u_beta <= 0.0) return vec2(abs(r), sign(r));
  float a = abs(r);
  return a <= u_beta
    ? vec2(0.5 * r * r / u_beta, r / u_beta)
    : vec2(a - 0.5 * u_beta, sign(r));
}`,
};
