/** Squared error along the residual: ℓ(r) = r², ℓ'(r) = 2r (mseAt, mseDerivAt). */
import { mseAt, mseDerivAt } from '../../losses/mse';
import type { ProfileGlsl } from '../glsl';
import { defineLoss } from '../model';
import { regression } from '../models/regression';

export const mseProfileGlsl: ProfileGlsl = {
  id: 'mse',
  axis: 'residual',
  params: [],
  source: `
vec2 profileAt(float r) {
  return vec2(r * r, 2.0 * r);
}`,
};

export const mseSurface = defineLoss(regression, {
  id: 'mse',
  params: [],
  glsl: mseProfileGlsl,
  sums: ({ a, b, y }, _q, u, v, out) => {
    let s = 0, gu = 0, gv = 0;
    for (let i = 0; i < y.length; i++) {
      const r = u * a[i]! + v * b[i]! - y[i]!;
      s += mseAt(r);
      const g = mseDerivAt(r);
      gu += g * a[i]!;
      gv += g * b[i]!;
    }
    out[0] = s;
    out[1] = gu;
    out[2] = gv;
  },
});
