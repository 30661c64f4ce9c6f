/** Pinball ρ_τ(r) = max(τ(y − ŷ), (τ − 1)(y − ŷ)) with r = ŷ − y; ρ' = −τ for r < 0, 1 − τ for r > 0 and the midpoint (1 − 2τ)/2 at r = 0 (pinballAt, pinballDerivAt). */
import { pinballAt, pinballDerivAt } from '../../losses/quantile';
import type { ProfileGlsl } from '../glsl';
import { defineLoss } from '../model';
import { regression } from '../models/regression';

export const quantileProfileGlsl: ProfileGlsl = {
  id: 'quantile',
  axis: 'residual',
  params: ['tau'],
  source: `
vec2 profileAt(float r) {
  float d = -r;
  float value = max(u_tau * d, (u_tau - 1.0) * d);
  float slope = r < 0.0 ? -u_tau : (r > 0.0 ? 1.0 - u_tau : 0.5 * (1.0 - 2.0 * u_tau));
  return vec2(value, slope);
}`,
};

export const quantileSurface = defineLoss(regression, {
  id: 'quantile',
  params: ['tau'],
  glsl: quantileProfileGlsl,
  examples: [{ tau: 0.85 }],
  sums: ({ a, b, y }, q, u, v, out) => {
    const tau = q[0]!;
    let s = 0, gu = 0, gv = 0;
    for (let i = 0; i < y.length; i++) {
      const r = u * a[i]! + v * b[i]! - y[i]!;
      s += pinballAt(r, tau);
      const g = pinballDerivAt(r, tau);
      gu += g * a[i]!;
      gv += g * b[i]!;
    }
    out[0] = s;
    out[1] = gu;
    out[2] = gv;
  },
});
