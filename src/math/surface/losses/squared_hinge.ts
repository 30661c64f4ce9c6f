/** Squared hinge along the margin: h = max(0, margin − m), ℓ = h², ℓ' = −2h (squaredHingeAt, …DerivAt). */
import { squaredHingeAt, squaredHingeDerivAt } from '../../losses/squared_hinge';
import type { ProfileGlsl } from '../glsl';
import { defineLoss } from '../model';
import { binary } from '../models/binary';

export const squaredHingeProfileGlsl: ProfileGlsl = {
  id: 'squared_hinge',
  axis: 'margin',
  params: ['margin'],
  source: `
vec2 profileAt(float m) {
  float h = max(0.0, u_margin - m);
  return vec2(h * h, -2.0 * h);
}`,
};

/** f = u·x₁ + v·x₂ against a label y = ±1. */
export const squaredHingeSurface = defineLoss(binary, {
  id: 'squared_hinge',
  params: ['margin'],
  glsl: squaredHingeProfileGlsl,
  sums: ({ a, b, y }, q, u, v, out) => {
    const margin = q[0]!;
    let s = 0, gu = 0, gv = 0;
    for (let i = 0; i < y.length; i++) {
      const f = u * a[i]! + v * b[i]!;
      s += squaredHingeAt(f, y[i]!, margin);
      const g = squaredHingeDerivAt(f, y[i]!, margin);
      gu += g * a[i]!;
      gv += g * b[i]!;
    }
    out[0] = s;
    out[1] = gu;
    out[2] = gv;
  },
});
