import { residualBatch, type LossGlsl, type ProfileGlsl } from './types';

/** Huber ρ_δ(r): ½r² for |r| ≤ δ, δ(|r| − ½δ) beyond; ψ = r inside, δ·sign(r) outside (huberAt, huberDerivAt). */
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

/** Huber of x against t, through the residual r = x − t. */
export const huberGlsl: LossGlsl = residualBatch(huberProfileGlsl);
