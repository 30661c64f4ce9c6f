/**
 * Poly-1 of a 3-logit row (poly1At, poly1GradAt): −log p_t + ε(1 − p_t) with 1 − p_t = −expm1(log p_t), and
 * ∂ℓ/∂z = (p − e_t)(1 + ε p_t). In GLSL log p is the tight log-softmax softmax_ce uses: z − max z − log1p(s),
 * s = Σ over all but one maximiser of e^{z_j − max z}; the true class's p − 1 is expm1(log p_t).
 */
import { poly1At, poly1GradAt } from '../../losses/poly1';
import type { ClassGlsl } from '../glsl';
import { defineLoss } from '../model';
import { softmax3 } from '../models/softmax3';

export const poly1Glsl: ClassGlsl = {
  id: 'poly1',
  params: ['epsilon'],
  source: `
float classLoss(vec3 z, int y, out vec3 g) {
  float m = max(z.x, max(z.y, z.z));
  int k = z.x == m ? 0 : (z.y == m ? 1 : 2);
  vec3 others = 1.0 - vec3(equal(ivec3(k), ivec3(0, 1, 2)));
  vec3 lp = z - m - la_log1p(dot(others, exp(z - m)));
  vec3 hot = vec3(equal(ivec3(y), ivec3(0, 1, 2)));
  float lt = dot(hot, lp);
  float pt1 = la_expm1(lt);
  g = mix(exp(lp), vec3(pt1), hot) * (1.0 + u_epsilon * exp(lt));
  return -lt - u_epsilon * pt1;
}`,
};

/** The gradient with respect to the logit row is chained through the slice's za and zb. */
export const poly1Surface = defineLoss(softmax3, {
  id: 'poly1',
  params: ['epsilon'],
  glsl: poly1Glsl,
  examples: [{ epsilon: -0.6 }],
  sums: ({ z0, za, zb, y, z }, q, u, v, out) => {
    const eps = q[0]!;
    let s = 0, gu = 0, gv = 0;
    for (let i = 0; i < y.length; i++) {
      const o = 3 * i;
      for (let k = 0; k < 3; k++) z[k] = z0[o + k]! + u * za[o + k]! + v * zb[o + k]!;
      s += poly1At(z, y[i]!, eps);
      const g = poly1GradAt(z, y[i]!, eps);
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
