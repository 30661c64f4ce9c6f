import type { ProfileGlsl } from './types';

/**
 * Pinball ρ_τ(r) = max(τ(y − ŷ), (τ − 1)(y − ŷ)) with r = ŷ − y; ρ' = −τ for r < 0, 1 − τ for r > 0
 * and the midpoint (1 − 2τ)/2 at r = 0 (pinballAt, pinballDerivAt).
 */
export const quantileProfileGlsl: ProfileGlsl = {
  id: 'quantile',
  axis: 'residual',
  params: ['tau'],
  source: `
vec2 profileAt(float r) {
  float d = -r;
  float value = max(u_tau * d, (u_tau - 1.0) * d);
  float slope = r < 0.0 ? -u_tau : (r > 0.0 ? 1.0 - u_tau : 0.5 * (1.0 - 2.0 * u_tau));
  return vec2(value, slope);
}`,
};
