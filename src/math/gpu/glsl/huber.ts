import type { LossGlsl } from './types';

/** Huber ρ_δ(r), r = x − t: ½r² for |r| ≤ δ, δ(|r| − ½δ) beyond; ψ = r inside, δ·sign(r) outside. */
export const huberGlsl: LossGlsl = {
  id: 'huber',
  params: ['delta'],
  source: `
vec2 lossAt(float x, float t) {
  float r = x - t;
  float a = abs(r);
  return a <= u_delta
    ? vec2(0.5 * r * r, r)
    : vec2(u_delta * (a - 0.5 * u_delta), u_delta * sign(r));
}`,
};
