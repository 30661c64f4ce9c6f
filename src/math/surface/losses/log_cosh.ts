/** ℓ(r) = log cosh r, ℓ'(r) = tanh r (logCoshAt through numerics.logCosh); the GLSL takes log1p(2 sinh²(r/2)) with sinh from expm1 for |r| < 1, and |r| + log1p(e^{−2|r|}) − log 2 beyond. */
import { logCoshAt, logCoshDerivAt } from '../../losses/log_cosh';
import type { ProfileGlsl } from '../glsl';
import { defineLoss } from '../model';
import { regression } from '../models/regression';

export const logCoshProfileGlsl: ProfileGlsl = {
  id: 'log_cosh',
  axis: 'residual',
  params: [],
  source: `
vec2 profileAt(float r) {
  float a = abs(r);
  float value;
  if (a < 1.0) {
    float h = 0.5 * (la_expm1(0.5 * a) - la_expm1(-0.5 * a));
    value = la_log1p(2.0 * h * h);
  } else {
    value = a + la_log1p(exp(-2.0 * a)) - 0.6931471805599453;
  }
  return vec2(value, la_tanh(r));
}`,
};

export const logCoshSurface = defineLoss(regression, {
  id: 'log_cosh',
  params: [],
  glsl: logCoshProfileGlsl,
  sums: ({ a, b, y }, _q, u, v, out) => {
    let s = 0, gu = 0, gv = 0;
    for (let i = 0; i < y.length; i++) {
      const r = u * a[i]! + v * b[i]! - y[i]!;
      s += logCoshAt(r);
      const g = logCoshDerivAt(r);
      gu += g * a[i]!;
      gv += g * b[i]!;
    }
    out[0] = s;
    out[1] = gu;
    out[2] = gv;
  },
});
