import { sum } from '../numerics';
import { normals } from '../random';
import { num, sameLength, vec } from '../tensor';
import type { Grads, InputSpec, Inputs, Params, ParamSpec, Profile, Rng } from '../types';

/** Shared plumbing of the regularizers R(w) = Σ r(w_k): each file keeps its own r and r′. */
export const WEIGHT_INPUTS: readonly InputSpec[] = [
  { name: 'w', shape: '[n]', meaning: 'model weights being penalised', differentiable: true },
];

/** λ, the regularization strength, with the one-line meaning of what a unit of it costs. */
export function lambdaParam(meaning: string): ParamSpec {
  return { name: 'lambda', symbol: '\\lambda', default: 1, range: [0, 10], step: 0.01, meaning };
}

export const lambdaOf = (p: Params) => num(p, 'lambda');

/** Σ_k f(w_k) over the weights. */
export function sumOverWeights(inputs: Inputs, f: (w: number) => number): number {
  const w = vec(inputs, 'w');
  sameLength(w);
  return sum(w.map(f));
}

/** ∂R/∂w_k = d(w_k), one entry per weight. */
export function gradOverWeights(inputs: Inputs, d: (w: number) => number): Grads {
  const w = vec(inputs, 'w');
  sameLength(w);
  return { w: w.map(d) };
}

/** The 1-D profile over one weight, given the per-weight penalty and its derivative. */
export function weightProfile(at: (w: number, p: Params) => number, deriv: (w: number, p: Params) => number): Profile {
  return {
    axis: 'weight',
    label: 'one weight w',
    xTex: 'w',
    xText: 'w',
    domain: [-3, 3],
    held: 'a single weight; each other weight adds its own term',
    value: at,
    derivative: deriv,
    batch: (w) => ({ inputs: { w: [w] }, dx: (g) => (g.w as number[])[0]! }),
  };
}

/** Random weights for property tests. */
export function sampleWeights(rng: Rng, n: number): Inputs {
  return { w: normals(rng, n, 1.5) };
}
