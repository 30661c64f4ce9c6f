/** Huber ρ_δ(r): ½r² for |r| ≤ δ, δ(|r| − ½δ) beyond; ψ = r inside, δ·sign(r) outside (huberAt, huberDerivAt). */
import { huberAt, huberDerivAt } from '../../losses/huber';
import type { ProfileGlsl } from '../glsl';
import { defineLoss } from '../model';
import { regression } from '../models/regression';

export const huberProfileGlsl: ProfileGlsl = {
  id: 'huber',
  axis: 'residual',
  params: ['delta'],
  source: `
vec2 profileAt(float r) {
  float a = abs(r);
  return a <= u_delta
    ? vec2(0.5 * r * r, r)
    : vec2(u_delta * (a - 0.5 * u_delta), u_delta * sign(r));
}`,
};

export const huberSurface = defineLoss(regression, {
  id: 'huber',
  params: ['delta'],
  glsl: huberProfileGlsl,
  examples: [{ delta: 0.4 }],
  sums: ({ a, b, y }, q, u, v, out) => {
    const delta = q[0]!;
    let s = 0, gu = 0, gv = 0;
    for (let i = 0; i < y.length; i++) {
      const r = u * a[i]! + v * b[i]! - y[i]!;
      s += huberAt(r, delta);
      const g = huberDerivAt(r, delta);
      gu += g * a[i]!;
      gv += g * b[i]!;
    }
    out[0] = s;
    out[1] = gu;
    out[2] = gv;
  },
});
