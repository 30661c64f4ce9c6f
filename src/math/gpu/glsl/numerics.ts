/**
 * GLSL counterparts of src/math/numerics.ts, shared by every surface kernel. GLSL ES has no log1p,
 * expm1 or (in 1.00) tanh, so small arguments use short series; every exp is taken of a
 * non-positive number, as in the float64 code, so nothing overflows float32. Names carry a la_
 * prefix to stay clear of tfjs's own shader helpers.
 */
export const GLSL_NUMERICS = `
float la_log1p(float x) {
  return abs(x) < 1e-2 ? x * (1.0 - x * (0.5 - x / 3.0)) : log(1.0 + x);
}
float la_expm1(float x) {
  return abs(x) < 1e-2 ? x * (1.0 + x * (0.5 + x / 6.0)) : exp(x) - 1.0;
}
// softplus(x) = max(x, 0) + log1p(e^{-|x|})
float la_softplus(float x) {
  return max(x, 0.0) + la_log1p(exp(-abs(x)));
}
// sigma(x) on the side that cannot overflow
float la_sigmoid(float x) {
  if (x >= 0.0) return 1.0 / (1.0 + exp(-x));
  float e = exp(x);
  return e / (1.0 + e);
}
// log sigma(x) = -softplus(-x)
float la_logSigmoid(float x) {
  return -la_softplus(-x);
}
// tanh x = sign(x)(1 - e^{-2|x|})/(1 + e^{-2|x|}), the numerator through expm1
float la_tanh(float x) {
  float e = exp(-2.0 * abs(x));
  return sign(x) * -la_expm1(-2.0 * abs(x)) / (1.0 + e);
}
`;
