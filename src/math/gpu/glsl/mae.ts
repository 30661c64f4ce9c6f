import type { ProfileGlsl } from './types';

/** Absolute error: ℓ(r) = |r|, ℓ'(r) = sign(r) with sign(0) = 0 (maeAt, maeDerivAt). */
export const maeProfileGlsl: ProfileGlsl = {
  id: 'mae',
  axis: 'residual',
  params: [],
  source: `
vec2 profileAt(float r) {
  return vec2(abs(r), sign(r));
}`,
};
