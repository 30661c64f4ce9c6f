/**
 * Softmax cross-entropy of a 3-logit row with label smoothing ε (smoothedCeAt, smoothedCeGradAt). In GLSL:
 * log p = z − max z − log1p(s), s = Σ over all but one maximiser of e^{z_j − max z};
 * ℓ = (1 − ε)(−log p_y) + ε·mean_j(−log p_j), the ε = 0 branch being −log p_y alone;
 * ∂ℓ/∂z_j = p_j − ε/3, and expm1(log p_y) + ε − ε/3 for the true class.
 */
import { smoothedCeAt, smoothedCeGradAt } from '../../losses/softmax_ce';
import type { ClassGlsl } from '../glsl';
import { defineLoss } from '../model';
import { softmax3 } from '../models/softmax3';

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

/** The gradient with respect to the logit row is chained through the slice's za and zb. */
export const softmaxCeSurface = defineLoss(softmax3, {
  id: 'softmax_ce',
  params: ['label_smoothing'],
  glsl: softmaxCeGlsl,
  examples: [{ label_smoothing: 0.1 }],
  sums: ({ z0, za, zb, y, z }, q, u, v, out) => {
    let s = 0, gu = 0, gv = 0;
    for (let i = 0; i < y.length; i++) {
      const o = 3 * i;
      for (let k = 0; k < 3; k++) z[k] = z0[o + k]! + u * za[o + k]! + v * zb[o + k]!;
      s += smoothedCeAt(z, y[i]!, q[0]!);
      const g = smoothedCeGradAt(z, y[i]!, q[0]!);
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
