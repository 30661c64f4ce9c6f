import { bceAt } from '../losses/bce';
import { l1At } from '../losses/l1';
import { l2At } from '../losses/l2';
import { maeAt } from '../losses/mae';
import { mseAt } from '../losses/mse';
import { logSoftmax, mean, softmax, sum } from '../numerics';

/**
 * Losses from likelihoods. A model that predicts the parameters of a noise distribution is fitted by
 * minimising the mean negative log-likelihood (NLL); for each distribution that NLL is a familiar loss,
 * times a factor, plus a constant that does not depend on the prediction:
 *   Gaussian noise N(y; ŷ, σ²):  −log p = (y − ŷ)²/(2σ²) + ½ log(2πσ²)   → MSE × 1/(2σ²) + const
 *   Laplace noise L(y; ŷ, b):    −log p = |y − ŷ|/b + log(2b)             → MAE × 1/b + const
 *   Bernoulli(y; p):             −log p = BCE(p, y)                        → factor 1, const 0
 *   Categorical(y; softmax(z)):  −log p = CE(z, y)                         → factor 1, const 0
 * A prior on a weight is a penalty the same way: −log N(w; 0, s²) = w²/(2s²) + ½ log(2πs²) is L2 with
 * λ = 1/(2s²); −log L(w; 0, b) = |w|/b + log(2b) is L1 with λ = 1/b (maximum a posteriori, MAP).
 */
export type Noise = 'gaussian' | 'laplace';

/** log of the noise density at residual r = y − ŷ; `scale` is σ (Gaussian) or b (Laplace), > 0. */
export function logDensity(noise: Noise, r: number, scale: number): number {
  return noise === 'gaussian'
    ? -(r * r) / (2 * scale * scale) - 0.5 * Math.log(2 * Math.PI) - Math.log(scale)
    : -Math.abs(r) / scale - Math.log(2 * scale);
}

/** Mean NLL (1/n) Σ −log p(yᵢ | ŷ = c) of predicting c for every target. */
export function meanNll(noise: Noise, ys: readonly number[], c: number, scale: number): number {
  return -mean(ys.map((y) => logDensity(noise, y - c, scale)));
}

/** The loss the NLL turns into: mean squared error (Gaussian) or mean absolute error (Laplace). */
export function matchingLoss(noise: Noise, ys: readonly number[], c: number): number {
  const at = noise === 'gaussian' ? mseAt : maeAt;
  return mean(ys.map((y) => at(c - y)));
}

/** NLL = factor · loss + constant: the factor 1/(2σ²) or 1/b and the constant ½ log(2πσ²) or log(2b). */
export function nllAffine(noise: Noise, scale: number): { readonly factor: number; readonly constant: number } {
  return noise === 'gaussian'
    ? { factor: 1 / (2 * scale * scale), constant: 0.5 * Math.log(2 * Math.PI * scale * scale) }
    : { factor: 1 / scale, constant: Math.log(2 * scale) };
}

/** Mean Bernoulli NLL −(1/n) Σ log P(yᵢ) with P(1) = p, P(0) = 1 − p, straight from the probabilities. */
export function bernoulliNll(labels: readonly number[], p: number): number {
  return -mean(labels.map((y) => Math.log(y === 1 ? p : 1 - p)));
}

/** Mean binary cross-entropy of predicting p for every label (the registry's BCE). */
export function meanBce(labels: readonly number[], p: number): number {
  return mean(labels.map((y) => bceAt(p, y)));
}

/** Class frequencies nₖ / N of a table of counts. */
export function frequencies(counts: readonly number[]): number[] {
  const n = sum(counts);
  return counts.map((k) => k / n);
}

/** Mean cross-entropy of logits z over a data set given as class counts: −Σₖ (nₖ/N) log softmax(z)ₖ. */
export function meanCe(counts: readonly number[], z: readonly number[]): number {
  const logP = logSoftmax(z);
  const f = frequencies(counts);
  return -sum(f.map((fk, k) => (fk === 0 ? 0 : fk * logP[k]!)));
}

export interface CategoricalFit {
  readonly z: readonly number[];
  readonly p: readonly number[];
  readonly steps: number;
}

/**
 * Fits one logit per class (a model that ignores x) by gradient descent on mean CE + λ Σ zₖ², from z = 0.
 * The gradient is softmax(z) − f + 2λz. With λ = 0 this is unregularised maximum likelihood, and it ends
 * at softmax(z) = f, the class frequencies (every count must be > 0, else a logit heads to −∞). Stops
 * when every gradient component is below `tol`, or after `maxSteps`.
 */
export function fitLogits(counts: readonly number[], lambda: number, tol = 1e-14, maxSteps = 20000): CategoricalFit {
  const f = frequencies(counts);
  let z = counts.map(() => 0);
  // The CE Hessian diag(p) − ppᵀ has eigenvalues ≤ ½, so the gradient is (½ + 2λ)-Lipschitz: step 1/L.
  const rate = 1 / (0.5 + 2 * lambda);
  for (let step = 0; step < maxSteps; step++) {
    const p = softmax(z);
    const g = p.map((pk, k) => pk - f[k]! + 2 * lambda * z[k]!);
    if (Math.max(...g.map(Math.abs)) < tol) return { z, p, steps: step };
    z = z.map((zk, k) => zk - rate * g[k]!);
  }
  return { z, p: softmax(z), steps: maxSteps };
}

export type Prior = 'gaussian' | 'laplace';

/** −log of a zero-mean prior on one weight w; `scale` is s (Gaussian) or b (Laplace). */
export function priorNll(prior: Prior, w: number, scale: number): number {
  return -logDensity(prior, w, scale);
}

/** The penalty that prior is: L2 λw² with λ = 1/(2s²), or L1 λ|w| with λ = 1/b (the registry's l2, l1). */
export function priorPenalty(prior: Prior, w: number, scale: number): number {
  const { factor } = nllAffine(prior, scale);
  return prior === 'gaussian' ? l2At(w, factor) : l1At(w, factor);
}

/** f sampled at `count` evenly spaced points of `domain` (ends included), for a curve. */
export function sampleCurve(
  f: (x: number) => number,
  domain: readonly [min: number, max: number],
  count: number,
): { readonly x: Float64Array; readonly y: Float64Array } {
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    x[i] = domain[0] + ((domain[1] - domain[0]) * i) / (count - 1);
    y[i] = f(x[i]!);
  }
  return { x, y };
}

/** A label list with `ones` ones and `zeros` zeros (their order does not change a mean). */
export function binaryLabels(ones: number, zeros: number): number[] {
  return [...Array.from({ length: ones }, () => 1), ...Array.from({ length: zeros }, () => 0)];
}
