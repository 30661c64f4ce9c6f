import type { ClassGlsl } from './types';

/**
 * Softmax cross-entropy of a 3-logit row with label smoothing ε (smoothedCeAt, smoothedCeGradAt):
 * log p = z − max z − log1p(s), s = Σ over all but one maximiser of e^{z_j − max z};
 * ℓ = (1 − ε)(−log p_y) + ε·mean_j(−log p_j), the ε = 0 branch being −log p_y alone;
 * ∂ℓ/∂z_j = p_j − ε/3, and expm1(log p_y) + ε − ε/3 for the true class.
 */
export const softmaxCeGlsl: ClassGlsl = {
  id: 'softmax_ce',
  params: ['label_smoothing'],
  source: `
float classLoss(vec3 z, int y, out vec3 g) {
  float m = max(z.x, max(z.y, z.z));
  int k = z.x == m ? 0 : (z.y == m ? 1 : 2);
  vec3 others = 1.0 - vec3(equal(ivec3(k), ivec3(0, 1, 2)));
  float l = la_log1p(dot(others, exp(z - m)));
  vec3 lp = z - m - l;
  vec3 hot = vec3(equal(ivec3(y), ivec3(0, 1, 2)));
  float nll = -dot(hot, lp);
  float eps = u_label_smoothing;
  float off = eps / 3.0;
  vec3 p = exp(lp);
  float py1 = la_expm1(dot(hot, lp));
  g = mix(p - off, vec3(py1 + eps - off), hot);
  return eps == 0.0 ? nll : (1.0 - eps) * nll + eps * (-(lp.x + lp.y + lp.z) / 3.0);
}`,
};
