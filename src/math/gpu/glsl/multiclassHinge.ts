import type { ClassGlsl } from './types';

/**
 * Multiclass SVM of a 3-score row (multiclassHingeAt, multiclassHingeGradAt): each j ≠ y with
 * m_j = s_j − s_y + Δ > 0 adds m_j^p and gets gradient p·m_j^{p−1}, which the true class loses;
 * at m_j = 0 exactly the subgradient 0 is taken. p ∈ {1, 2}.
 */
export const multiclassHingeGlsl: ClassGlsl = {
  id: 'multiclass_hinge',
  params: ['margin', 'p'],
  source: `
float classLoss(vec3 s, int y, out vec3 g) {
  vec3 hot = vec3(equal(ivec3(y), ivec3(0, 1, 2)));
  vec3 m = s - dot(hot, s) + u_margin;
  vec3 on = vec3(greaterThan(m, vec3(0.0))) * (1.0 - hot);
  bool squared = u_p > 1.5;
  vec3 gj = on * (squared ? 2.0 * m : vec3(1.0));
  g = gj - hot * (gj.x + gj.y + gj.z);
  return dot(on, squared ? m * m : m);
}`,
};
