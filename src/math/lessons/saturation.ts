import { bceLogitsAt, bceLogitsDerivAt } from '../losses/bce_logits';
import { logSumExp, sigmoid, softmax } from '../numerics';

/**
 * The saturation argument of the notes, as numbers: the gradient with respect to the logit z of an
 * output unit followed by a loss. A squashing unit (sigmoid, softmax) followed by squared error has a
 * gradient that vanishes where the unit saturates, also when the prediction is confidently wrong; the
 * same unit followed by its negative log-likelihood (cross-entropy) keeps a gradient near 1 there.
 */

/** A loss value at one logit and its derivative d/dz. */
export interface ValueGrad {
  readonly value: number;
  readonly grad: number;
}

/** Binary label y ∈ {0, 1}. */
export type Label = 0 | 1;

/** Sigmoid unit + squared error: L = ½(σ(z) − y)², dL/dz = (σ(z) − y)·σ(z)·σ(−z). */
export function sigmoidMse(z: number, y: Label): ValueGrad {
  const p = sigmoid(z);
  // σ(z)(1 − σ(z)) = σ(z)σ(−z): no cancellation for large z.
  return { value: 0.5 * (p - y) ** 2, grad: (p - y) * p * sigmoid(-z) };
}

/** Sigmoid unit + cross-entropy (Bernoulli NLL): L = softplus((1 − 2y)z), dL/dz = σ(z) − y. */
export function sigmoidCe(z: number, y: Label): ValueGrad {
  return { value: bceLogitsAt(z, y), grad: bceLogitsDerivAt(z, y) };
}

/** Linear unit + squared error (Gaussian NLL up to a constant): L = ½(z − y)², dL/dz = z − y. */
export function linearMse(z: number, y: Label): ValueGrad {
  return { value: 0.5 * (z - y) ** 2, grad: z - y };
}

/** A loss over a logit vector z and the true class t, with its gradient dL/dz (one entry per class). */
export interface VectorValueGrad {
  readonly value: number;
  readonly grad: readonly number[];
}

/**
 * Softmax unit + squared error against the one-hot target of class t: L = ½ Σⱼ (pⱼ − yⱼ)² with
 * p = softmax(z); dL/dzₖ = Σⱼ (pⱼ − yⱼ)·pⱼ·(δⱼₖ − pₖ) (the softmax Jacobian).
 */
export function softmaxMse(z: readonly number[], t: number): VectorValueGrad {
  const p = softmax(z);
  const r = p.map((pj, j) => pj - (j === t ? 1 : 0));
  const value = 0.5 * r.reduce((s, rj) => s + rj * rj, 0);
  const rp = r.reduce((s, rj, j) => s + rj * p[j]!, 0);
  return { value, grad: p.map((pk, k) => pk * (r[k]! - rp)) };
}

/** Softmax unit + cross-entropy: L = log Σⱼ exp zⱼ − z_t, dL/dzₖ = pₖ − δₖₜ. */
export function softmaxCe(z: readonly number[], t: number): VectorValueGrad {
  const p = softmax(z);
  return { value: logSumExp(z) - z[t]!, grad: p.map((pk, k) => pk - (k === t ? 1 : 0)) };
}

/** The logits of the softmax figure: the true class (index 0) at `zTrue`, the K − 1 others at 0. */
export function trueClassLogits(zTrue: number, classes: number): number[] {
  return [zTrue, ...Array.from({ length: classes - 1 }, () => 0)];
}

/** The probability σ((2y − 1)z) the unit gives the true label; below CONFIDENTLY_WRONG it is confidently wrong. */
export function trueLabelProbability(z: number, y: Label): number {
  return sigmoid((2 * y - 1) * z);
}
export const CONFIDENTLY_WRONG = 0.05;

/** The logits the curves are sampled at: z = (i − 200)/20, i = 0…400, so every integer in [−10, 10] is a sample. */
export const GRID_DOMAIN = [-10, 10] as const;
const PER_UNIT = 20;
export const GRID: Float64Array = Float64Array.from({ length: 20 * PER_UNIT + 1 }, (_, i) => (i - 10 * PER_UNIT) / PER_UNIT);

/** The index of `z` on GRID (z must be a multiple of 1/20 inside the domain). */
export function gridIndex(z: number): number {
  const i = Math.round((z - GRID_DOMAIN[0]) * PER_UNIT);
  if (i < 0 || i >= GRID.length || GRID[i] !== z) throw new RangeError(`z = ${z} is not a sample of the grid`);
  return i;
}

/** The z values the gradient table reads off the sampled curves. */
export const TABLE_Z: readonly number[] = [-8, -4, -2, 0, 2, 4, 8];

/** A loss sampled on GRID: its values and derivatives. */
export interface Sampled {
  readonly value: Float64Array;
  readonly grad: Float64Array;
}

export function sample(f: (z: number) => ValueGrad): Sampled {
  const value = new Float64Array(GRID.length);
  const grad = new Float64Array(GRID.length);
  GRID.forEach((z, i) => {
    const r = f(z);
    value[i] = r.value;
    grad[i] = r.grad;
  });
  return { value, grad };
}

/** The softmax losses as functions of the true-class logit (others at 0), for `sample`. */
export function softmaxAlongTrue(loss: typeof softmaxMse, classes: number): (z: number) => ValueGrad {
  return (z) => {
    const r = loss(trueClassLogits(z, classes), 0);
    return { value: r.value, grad: r.grad[0]! };
  };
}
