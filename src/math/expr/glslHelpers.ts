/**
 * The GLSL functions a typed formula's program may call, written for float32 and for both GLSL ES 1.00 and 3.00
 * (1.00 has no tanh, cosh, sinh; neither has log1p or expm1). Every exp is of a number that cannot overflow
 * unless the true result does. Names carry an own_ prefix, clear of tfjs's helpers and of gpu/glsl/numerics.ts.
 */

export interface GlslHelper {
  readonly source: string;
  /** Helpers this one calls (emitted before it). */
  readonly needs: readonly HelperName[];
}

export type HelperName = 'own_log1p' | 'own_expm1' | 'own_sigmoid' | 'own_softplus' | 'own_tanh' | 'own_cosh' | 'own_sinh' | 'own_pow' | 'own_powOk' | 'own_powi';

export const GLSL_HELPERS: Readonly<Record<HelperName, GlslHelper>> = {
  // |x| < 0.5: 2 atanh(s), s = x / (2 + x), by its series (error under 1e-9 relative); beyond, 1 + x loses little
  own_log1p: {
    needs: [],
    source: `float own_log1p(float x) {
  if (abs(x) >= 0.5) return log(1.0 + x);
  float s = x / (2.0 + x);
  float s2 = s * s;
  return 2.0 * s * (1.0 + s2 * (0.3333333333 + s2 * (0.2 + s2 * (0.1428571429 + s2 * (0.1111111111 + s2 * (0.0909090909 + s2 * 0.0769230769))))));
}`,
  },
  // |x| < 0.5: the Taylor series to x^9 (error under 1e-9 relative); beyond, e^x - 1 loses little
  own_expm1: {
    needs: [],
    source: `float own_expm1(float x) {
  if (abs(x) >= 0.5) return exp(x) - 1.0;
  return x * (1.0 + x / 2.0 * (1.0 + x / 3.0 * (1.0 + x / 4.0 * (1.0 + x / 5.0 * (1.0 + x / 6.0 * (1.0 + x / 7.0 * (1.0 + x / 8.0 * (1.0 + x / 9.0))))))));
}`,
  },
  // 1 / (1 + e^{-x}) on the side where the exponential cannot overflow
  own_sigmoid: {
    needs: [],
    source: `float own_sigmoid(float x) {
  float e = exp(-abs(x));
  float s = 1.0 / (1.0 + e);
  return x >= 0.0 ? s : e * s;
}`,
  },
  // log(1 + e^x) = max(x, 0) + log1p(e^{-|x|})
  own_softplus: {
    needs: ['own_log1p'],
    source: `float own_softplus(float x) {
  return max(x, 0.0) + own_log1p(exp(-abs(x)));
}`,
  },
  // tanh|x| = -expm1(-2|x|) / (2 + expm1(-2|x|)), which tends to 1 without overflow
  own_tanh: {
    needs: ['own_expm1'],
    source: `float own_tanh(float x) {
  float e = own_expm1(-2.0 * abs(x));
  return sign(x) * -e / (2.0 + e);
}`,
  },
  own_cosh: {
    needs: [],
    source: `float own_cosh(float x) {
  float e = exp(abs(x));
  return 0.5 * (e + 1.0 / e);
}`,
  },
  // sinh|x| = (E + E / (E + 1)) / 2 with E = expm1(|x|), accurate near 0
  own_sinh: {
    needs: ['own_expm1'],
    source: `float own_sinh(float x) {
  float e = own_expm1(abs(x));
  return sign(x) * 0.5 * (e + (e < 1.0e30 ? e / (e + 1.0) : 1.0));
}`,
  },
  // a^b for a real result: a negative base only to an integer power (own_powOk says which)
  own_pow: {
    needs: [],
    source: `float own_pow(float a, float b) {
  if (a > 0.0) return pow(a, b);
  if (a == 0.0) return b == 0.0 ? 1.0 : 0.0;
  float p = pow(-a, b);
  return mod(b, 2.0) == 1.0 ? -p : p;
}`,
  },
  own_powOk: {
    needs: [],
    source: `bool own_powOk(float a, float b) {
  return a > 0.0 || (a == 0.0 && b >= 0.0) || (a < 0.0 && floor(b) == b);
}`,
  },
  // a^k for an integer k, any sign of a
  own_powi: {
    needs: [],
    source: `float own_powi(float a, float k) {
  float p = pow(abs(a), k);
  return a < 0.0 && mod(k, 2.0) == 1.0 ? -p : p;
}`,
  },
};

/** The sources of `used` and of what they call, each once, callees first. */
export function helperSources(used: Iterable<HelperName>): string {
  const out: string[] = [];
  const seen = new Set<HelperName>();
  const add = (name: HelperName) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const dep of GLSL_HELPERS[name].needs) add(dep);
    out.push(GLSL_HELPERS[name].source);
  };
  for (const name of used) add(name);
  return out.join('\n');
}
