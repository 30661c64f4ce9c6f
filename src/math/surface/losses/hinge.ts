/**
 * Hinge along the margin m = y·s: ℓ = max(0, margin − m), ℓ' = −1 where margin − m ≥ 0, else 0 (the kink
 * keeps −1, as hingeDerivAt and PyTorch's clamp backward do).
 */
import { hingeAt, hingeDerivAt } from '../../losses/hinge';
import type { ProfileGlsl } from '../glsl';
import { defineLoss } from '../model';
import { binary } from '../models/binary';

export const hingeProfileGlsl: ProfileGlsl = {
  id: 'hinge',
  axis: 'margin',
  params: ['margin'],
  source: `
vec2 profileAt(float m) {
  float h = u_margin - m;
  return h >= 0.0 ? vec2(h, -1.0) : vec2(0.0, 0.0);
}`,
};

/** f = u·x₁ + v·x₂ against a label y = ±1. */
export const hingeSurface = defineLoss(binary, {
  id: 'hinge',
  params: ['margin'],
  glsl: hingeProfileGlsl,
  examples: [{ margin: 0 }],
  sums: ({ a, b, y }, q, u, v, out) => {
    const margin = q[0]!;
    let s = 0, gu = 0, gv = 0;
    for (let i = 0; i < y.length; i++) {
      const f = u * a[i]! + v * b[i]!;
      s += hingeAt(f, y[i]!, margin);
      const g = hingeDerivAt(f, y[i]!, margin);
      gu += g * a[i]!;
      gv += g * b[i]!;
    }
    out[0] = s;
    out[1] = gu;
    out[2] = gv;
  },
});
