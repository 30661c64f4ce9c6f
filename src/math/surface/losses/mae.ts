/** Absolute error: ℓ(r) = |r|, ℓ'(r) = sign(r) with sign(0) = 0 (maeAt, maeDerivAt). */
import { maeAt, maeDerivAt } from '../../losses/mae';
import type { ProfileGlsl } from '../glsl';
import { defineLoss } from '../model';
import { regression } from '../models/regression';

export const maeProfileGlsl: ProfileGlsl = {
  id: 'mae',
  axis: 'residual',
  params: [],
  source: `
vec2 profileAt(float r) {
  return vec2(abs(r), sign(r));
}`,
};

export const maeSurface = defineLoss(regression, {
  id: 'mae',
  params: [],
  glsl: maeProfileGlsl,
  sums: ({ a, b, y }, _q, u, v, out) => {
    let s = 0, gu = 0, gv = 0;
    for (let i = 0; i < y.length; i++) {
      const r = u * a[i]! + v * b[i]! - y[i]!;
      s += maeAt(r);
      const g = maeDerivAt(r);
      gu += g * a[i]!;
      gv += g * b[i]!;
    }
    out[0] = s;
    out[1] = gu;
    out[2] = gv;
  },
});
