import type { ProfileGlsl } from './types';

/**
 * ℓ(r) = log cosh r, ℓ'(r) = tanh r (logCoshAt through numerics.logCosh): for |r| < 1,
 * log1p(2 sinh²(r/2)) with sinh from expm1; beyond, |r| + log1p(e^{−2|r|}) − log 2.
 */
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
