/** Smooth L1 ℓ_β(r) = huber_β(r)/β: r²/(2β) for |r| ≤ β, |r| − β/2 beyond, and plain |r| for β = 0 (smoothL1At, smoothL1DerivAt: the band edge belongs to the quadratic piece, as in huberAt). */
import { smoothL1At, smoothL1DerivAt } from '../../losses/smooth_l1';
import type { ProfileGlsl } from '../glsl';
import { defineLoss } from '../model';
import { regression } from '../models/regression';

export const smoothL1ProfileGlsl: ProfileGlsl = {
  id: 'smooth_l1',
  axis: 'residual',
  params: ['beta'],
  source: `
vec2 profileAt(float r) {
  if (u_beta <= 0.0) return vec2(abs(r), sign(r));
  float a = abs(r);
  return a <= u_beta
    ? vec2(0.5 * r * r / u_beta, r / u_beta)
    : vec2(a - 0.5 * u_beta, sign(r));
}`,
};

export const smoothL1Surface = defineLoss(regression, {
  id: 'smooth_l1',
  params: ['beta'],
  glsl: smoothL1ProfileGlsl,
  examples: [{ beta: 0 }],
  sums: ({ a, b, y }, q, u, v, out) => {
    const beta = q[0]!;
    let s = 0, gu = 0, gv = 0;
    for (let i = 0; i < y.length; i++) {
      const r = u * a[i]! + v * b[i]! - y[i]!;
      s += smoothL1At(r, beta);
      const g = smoothL1DerivAt(r, beta);
      gu += g * a[i]!;
      gv += g * b[i]!;
    }
    out[0] = s;
    out[1] = gu;
    out[2] = gv;
  },
});
