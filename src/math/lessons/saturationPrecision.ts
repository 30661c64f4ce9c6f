/**
 * Binary cross-entropy at extreme logits, the way a program computes it: from the probability σ(z)
 * (a sigmoid layer, then a log) or from the logit (the softplus form), in float64 or float32. Every
 * float32 operation is rounded with Math.fround, as a float32 tensor program rounds each op.
 */

export type Precision = 'float64' | 'float32';
export const PRECISIONS: readonly Precision[] = ['float64', 'float32'];

/** The clipping Keras applies to probabilities before the log (its backend epsilon, 1e-7). */
export const CLIP_EPSILON = 1e-7;

const rounder = (p: Precision): ((x: number) => number) => (p === 'float32' ? Math.fround : (x) => x);

/** σ(z) the naive way, 1 / (1 + e^{−z}), in precision `p`: it rounds to exactly 0 or 1 at large |z|. */
export function naiveSigmoid(z: number, p: Precision): number {
  const r = rounder(p);
  return r(1 / r(1 + r(Math.exp(-r(z)))));
}

/** −[y log q + (1 − y) log(1 − q)] for a probability q already computed, in precision `p`. */
function bceOfProbability(q: number, y: 0 | 1, p: Precision): number {
  const r = rounder(p);
  return y === 1 ? -r(Math.log(q)) : -r(Math.log(r(1 - q)));
}

/** BCE from the probability: σ(z) first, then its log. Infinite once σ(z) has rounded to 0 or 1. */
export function bceFromProbability(z: number, y: 0 | 1, p: Precision): number {
  return bceOfProbability(naiveSigmoid(z, p), y, p);
}

/** BCE from the probability clipped to [ε, 1 − ε] first: finite, but capped near −log ε ≈ 16.1. */
export function bceFromClippedProbability(z: number, y: 0 | 1, p: Precision): number {
  const r = rounder(p);
  const q = Math.min(r(1 - CLIP_EPSILON), Math.max(r(CLIP_EPSILON), naiveSigmoid(z, p)));
  return bceOfProbability(q, y, p);
}

/**
 * BCE from the logit: softplus((1 − 2y)z) = max(x, 0) + log(1 + e^{−|x|}) with x = (1 − 2y)z, every
 * op in precision `p`. Exact to the precision's rounding at any z.
 */
export function bceFromLogit(z: number, y: 0 | 1, p: Precision): number {
  const r = rounder(p);
  const x = r((1 - 2 * y) * r(z));
  return r(Math.max(x, 0) + r(Math.log1p(r(Math.exp(-Math.abs(x))))));
}
