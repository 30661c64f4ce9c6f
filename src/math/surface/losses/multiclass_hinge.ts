/**
 * Multiclass SVM of a 3-score row (multiclassHingeAt, multiclassHingeGradAt): each j ≠ y with
 * m_j = s_j − s_y + Δ > 0 adds m_j^p and gets gradient p·m_j^{p−1}, which the true class loses;
 * at m_j = 0 exactly the subgradient 0 is taken. p ∈ {1, 2}.
 */
import { multiclassHingeAt, multiclassHingeGradAt } from '../../losses/multiclass_hinge';
import type { ClassGlsl } from '../glsl';
import { defineLoss } from '../model';
import { softmax3 } from '../models/softmax3';

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

/** The gradient with respect to the score row is chained through the slice's za and zb. */
export const multiclassHingeSurface = defineLoss(softmax3, {
  id: 'multiclass_hinge',
  params: ['margin', 'p'],
  glsl: multiclassHingeGlsl,
  examples: [{ margin: 0.5, p: 2 }],
  check: (q) => (q[1] !== 1 && q[1] !== 2 ? 'parameter "p" of multiclass_hinge must be 1 or 2' : undefined),
  sums: ({ z0, za, zb, y, z }, q, u, v, out) => {
    let s = 0, gu = 0, gv = 0;
    for (let i = 0; i < y.length; i++) {
      const o = 3 * i;
      for (let k = 0; k < 3; k++) z[k] = z0[o + k]! + u * za[o + k]! + v * zb[o + k]!;
      s += multiclassHingeAt(z, y[i]!, q[0]!, q[1]!);
      const g = multiclassHingeGradAt(z, y[i]!, q[0]!, q[1]!);
      for (let k = 0; k < 3; k++) {
        gu += g[k]! * za[o + k]!;
        gv += g[k]! * zb[o + k]!;
      }
    }
    out[0] = s;
    out[1] = gu;
    out[2] = gv;
  },
});
