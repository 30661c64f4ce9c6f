import { focalAlphaT } from '../../losses/focal';
import { num } from '../../tensor';
import type { ProfileGlsl } from './types';

/**
 * Sigmoid focal loss along the margin m = y·f (target t = (y + 1)/2, so p_t = σ(m)), without its
 * class weight α_t (applied per class): q = 1 − p_t = σ(−m), ℓ = q^γ·softplus(−m) and
 * ℓ' = q^γ·[γ·σ(m)·log σ(m) − q], the γ = 0 branch dropping the first term (focalAt, focalDerivAt).
 * q^γ = exp(−γ·softplus(m)) stays exact where q underflows.
 */
export const focalProfileGlsl: ProfileGlsl = {
  id: 'focal',
  axis: 'margin',
  params: ['gamma'],
  classWeights: (p) => [focalAlphaT(1, num(p, 'alpha')), focalAlphaT(0, num(p, 'alpha'))],
  source: `
vec2 profileAt(float m) {
  float q = la_sigmoid(-m);
  float qg = exp(-u_gamma * la_softplus(m));
  float inner = (u_gamma == 0.0 ? 0.0 : u_gamma * la_sigmoid(m) * la_logSigmoid(m)) - q;
  return vec2(qg * la_softplus(-m), qg * inner);
}`,
};
