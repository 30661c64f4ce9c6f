import { mean } from '../numerics';
import { normals } from '../random';
import { sameLength, vec } from '../tensor';
import type { Grads, InputSpec, Inputs, ProfileBatch, Rng } from '../types';

/**
 * Shared plumbing of the regression losses that are a mean of ℓ(r) over residuals r = ŷ − y:
 * each loss file keeps only its own ℓ and ℓ′ (and what makes it itself).
 */
export const RESIDUAL_INPUTS: readonly InputSpec[] = [
  { name: 'pred', shape: '[n]', meaning: 'predictions ŷ', differentiable: true },
  { name: 'target', shape: '[n]', meaning: 'targets y', differentiable: false },
];

/** mean_i ℓ(ŷ_i − y_i). */
export function meanOverResiduals(inputs: Inputs, loss: (r: number) => number): number {
  const p = vec(inputs, 'pred');
  const t = vec(inputs, 'target');
  sameLength(p, t);
  return mean(p.map((pi, i) => loss(pi - t[i]!)));
}

/** ∂/∂ŷ_i of the mean: ℓ′(ŷ_i − y_i) / n. */
export function gradOverResiduals(inputs: Inputs, deriv: (r: number) => number): Grads {
  const p = vec(inputs, 'pred');
  const t = vec(inputs, 'target');
  const n = sameLength(p, t);
  return { pred: p.map((pi, i) => deriv(pi - t[i]!) / n) };
}

/** The one-sample batch with residual r (target 0), and d/dr read off its gradient. */
export function residualBatch(r: number): ProfileBatch {
  return { inputs: { pred: [r], target: [0] }, dx: (g) => (g.pred as number[])[0]! };
}

/** Random predictions and targets for property tests. */
export function sampleResiduals(rng: Rng, n: number): Inputs {
  return { pred: normals(rng, n, 2), target: normals(rng, n) };
}
