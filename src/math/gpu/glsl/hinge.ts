import { hingeProfileGlsl } from '../../surface/losses/hinge';
import type { LossGlsl } from './types';

/** Hinge of score x with label t = ±1: ℓ = profile(t·x), ∂ℓ/∂x = t·profile'(t·x), on the surface entry's margin profile. */
export const hingeGlsl: LossGlsl = {
  id: 'hinge',
  params: hingeProfileGlsl.params,
  source: `${hingeProfileGlsl.source}
vec2 lossAt(float x, float t) {
  vec2 p = profileAt(t * x);
  return vec2(p.x, t * p.y);
}`,
};
