/**
 * Sigmoid focal loss of the logit f with target t = (y + 1)/2. Along the margin m = y·f (p_t = σ(m)) and
 * without its class weight α_t (the GPU applies that per class): q = 1 − p_t = σ(−m), ℓ = q^γ·softplus(−m)
 * and ℓ' = q^γ·[γ·σ(m)·log σ(m) − q], the γ = 0 branch dropping the first term (focalAt, focalDerivAt).
 * q^γ = exp(−γ·softplus(m)) stays exact where q underflows.
 */
import { focalAlphaT, focalAt, focalDerivAt } from '../../losses/focal';
import { num } from '../../tensor';
import type { ProfileGlsl } from '../glsl';
import { defineLoss } from '../model';
import { binary } from '../models/binary';

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

/** f = u·x₁ + v·x₂ against a label y = ±1, focal of the logit f with target (y + 1)/2. */
export const focalSurface = defineLoss(binary, {
  id: 'focal',
  params: ['gamma', 'alpha'],
  glsl: focalProfileGlsl,
  examples: [
    { gamma: 0, alpha: -1 },
    { gamma: 0.5, alpha: 0.75 },
  ],
  sums: ({ a, b, y }, q, u, v, out) => {
    const gamma = q[0]!;
    const alpha = q[1]!;
    let s = 0, gu = 0, gv = 0;
    for (let i = 0; i < y.length; i++) {
      const f = u * a[i]! + v * b[i]!;
      const t = (y[i]! + 1) / 2;
      s += focalAt(f, t, gamma, alpha);
      const g = focalDerivAt(f, t, gamma, alpha);
      gu += g * a[i]!;
      gv += g * b[i]!;
    }
    out[0] = s;
    out[1] = gu;
    out[2] = gv;
  },
});
