import { logSumExp, sigmoid, softmax, softplus } from '../numerics';

/**
 * Output units and the losses that pair with them: each unit defines a distribution over the target,
 * and its negative log-likelihood is the loss that trains it well. Beside each pairing, a common wrong
 * pairing, to show what goes wrong. Every function gives the loss and its derivative in the logit z.
 */

export interface ValueGrad {
  readonly value: number;
  readonly grad: number;
}

/** The constant of the Gaussian NLL: log σ + ½ log 2π (σ: the noise standard deviation, σ > 0). */
export function gaussianConstant(sigma: number): number {
  return Math.log(sigma) + 0.5 * Math.log(2 * Math.PI);
}

/**
 * Linear unit ŷ = z, Gaussian output N(y; z, σ²): NLL = (y − z)²/(2σ²) + log σ + ½ log 2π,
 * d/dz = (z − y)/σ². Squared error up to the scale 1/σ² and the constant.
 */
export function gaussianNll(z: number, y: number, sigma: number): ValueGrad {
  const r = z - y;
  return { value: (r * r) / (2 * sigma * sigma) + gaussianConstant(sigma), grad: r / (sigma * sigma) };
}

/** Squared error ½(ŷ − y)² of the unit's output ŷ = z (a linear unit): d/dz = z − y. */
export function linearSquared(z: number, y: number): ValueGrad {
  return { value: 0.5 * (z - y) ** 2, grad: z - y };
}

/** Squared error ½(σ(z) − y)² of a sigmoid output against any target y: d/dz = (σ(z) − y)σ(z)σ(−z). */
export function sigmoidSquared(z: number, y: number): ValueGrad {
  const p = sigmoid(z);
  return { value: 0.5 * (p - y) ** 2, grad: (p - y) * p * sigmoid(-z) };
}

/** Sigmoid unit, Bernoulli output: NLL = softplus((1 − 2y)z), d/dz = σ(z) − y, for a label y ∈ {0, 1}. */
export function bernoulliNll(z: number, y: 0 | 1): ValueGrad {
  return { value: softplus((1 - 2 * y) * z), grad: y === 1 ? -sigmoid(-z) : sigmoid(z) };
}

export interface VectorValueGrad {
  readonly value: number;
  readonly grad: readonly number[];
}

/**
 * Softmax unit against a target distribution q (one-hot for a categorical label, or y/Σy when several
 * labels are present): L = −Σₖ qₖ log softmax(z)ₖ, dL/dzₖ = pₖ − qₖ.
 */
export function softmaxCrossEntropy(z: readonly number[], q: readonly number[]): VectorValueGrad {
  const lse = logSumExp(z);
  const p = softmax(z);
  return { value: q.reduce((s, qk, k) => s - (qk === 0 ? 0 : qk * (z[k]! - lse)), 0), grad: p.map((pk, k) => pk - q[k]!) };
}

/**
 * Independent sigmoids, one Bernoulli per label (multi-label): L = Σₖ softplus((1 − 2yₖ)zₖ),
 * dL/dzₖ = σ(zₖ) − yₖ. Used for mutually exclusive classes it is one-vs-rest.
 */
export function independentSigmoids(z: readonly number[], y: readonly (0 | 1)[]): VectorValueGrad & { readonly terms: readonly number[] } {
  const terms = z.map((zk, k) => softplus((1 - 2 * y[k]!) * zk));
  return { value: terms.reduce((s, t) => s + t, 0), terms, grad: z.map((zk, k) => sigmoid(zk) - y[k]!) };
}

/** The one-hot target of class t among K. */
export function oneHot(t: number, classes: number): number[] {
  return Array.from({ length: classes }, (_, k) => (k === t ? 1 : 0));
}

/** Labels present, spread evenly: y/Σy (all zeros if no label is present). */
export function normalizedTarget(y: readonly (0 | 1)[]): number[] {
  const n = y.reduce<number>((s, v) => s + v, 0);
  return y.map((v) => (n === 0 ? 0 : v / n));
}

/** A vector loss as a function of its first logit, the others held: for sampling a curve over z₁. */
export function alongFirst(loss: (z: readonly number[]) => VectorValueGrad, others: readonly number[]): (z: number) => ValueGrad {
  return (z1) => {
    const r = loss([z1, ...others]);
    return { value: r.value, grad: r.grad[0]! };
  };
}

/** The x-axis of the curves: N + 1 logits evenly from lo to hi, every 1/20 of a unit. */
export function logitGrid(lo: number, hi: number): Float64Array {
  const n = Math.round((hi - lo) * 20);
  return Float64Array.from({ length: n + 1 }, (_, i) => lo + i / 20);
}

export function sampleOn(x: Float64Array, f: (z: number) => ValueGrad): { value: Float64Array; grad: Float64Array } {
  const value = new Float64Array(x.length);
  const grad = new Float64Array(x.length);
  x.forEach((z, i) => {
    const r = f(z);
    value[i] = r.value;
    grad[i] = r.grad;
  });
  return { value, grad };
}
