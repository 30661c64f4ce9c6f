/**
 * Numerically stable building blocks. Every loss that involves exp or log goes
 * through these so that logits of ±500 and probabilities 1e-12 from 0 or 1 stay finite.
 */

/** v inside [lo, hi] (lo ≤ hi). */
export function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** softplus(x) = log(1 + eˣ), without overflow for large x or underflow loss for very negative x. */
export function softplus(x: number): number {
  return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}

/** log σ(x) = −softplus(−x). Exact to full precision for x from −∞ to +∞. */
export function logSigmoid(x: number): number {
  return -softplus(-x);
}

/** σ(x) = 1 / (1 + e^{−x}), evaluated on the side that cannot overflow. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/**
 * log Σ exp(xᵢ), shifted by the maximum so that [123, 456, 789] does not overflow.
 * Edge cases follow torch.logsumexp: any NaN → NaN; the empty list and all −∞ → −∞ (the log of an
 * empty sum, 0); any +∞ (and no NaN) → +∞.
 */
export function logSumExp(xs: readonly number[]): number {
  let m = -Infinity;
  for (const x of xs) {
    if (Number.isNaN(x)) return NaN;
    if (x > m) m = x;
  }
  if (m === -Infinity || m === Infinity) return m;
  let s = 0;
  for (const x of xs) s += Math.exp(x - m);
  return m + Math.log(s);
}

/** log softmax(x)ᵢ = xᵢ − log Σⱼ exp(xⱼ). */
export function logSoftmax(xs: readonly number[]): number[] {
  const lse = logSumExp(xs);
  return xs.map((x) => x - lse);
}

/** softmax(x)ᵢ = exp(xᵢ − max) / Σⱼ exp(xⱼ − max); invariant to adding a constant to every x. */
export function softmax(xs: readonly number[]): number[] {
  return logSoftmax(xs).map(Math.exp);
}

/** log cosh(x), accurate for |x| ~ 1e-10 (≈ x²/2) and finite beyond |x| = 710 where cosh overflows. */
export function logCosh(x: number): number {
  const a = Math.abs(x);
  if (a < 1) {
    // cosh x − 1 = 2 sinh²(x/2), and sinh via expm1 keeps the tiny-x digits.
    const h = (Math.expm1(a / 2) - Math.expm1(-a / 2)) / 2;
    return Math.log1p(2 * h * h);
  }
  return a + Math.log1p(Math.exp(-2 * a)) - Math.LN2;
}

/**
 * Σ xᵢ with Neumaier compensation: the mean of mixed magnitudes 1e-6..1e5 keeps its low digits.
 * Non-finite sums are IEEE's: +∞ with finite terms → +∞, +∞ + −∞ → NaN, any NaN → NaN, and a
 * finite sum past ±1.8e308 → ±∞ (the compensation, itself ∞ − ∞ there, is dropped). Σ of [] = 0.
 */
export function sum(xs: readonly number[]): number {
  let s = 0;
  let c = 0;
  for (const x of xs) {
    const t = s + x;
    c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
    s = t;
  }
  // Once the running sum is ±∞ or NaN it stays so, and c holds ∞ − ∞ = NaN: the plain sum is the answer.
  return Number.isFinite(s) ? s + c : s;
}

/** The arithmetic mean Σ xᵢ / n (compensated, see sum). The mean of [] is NaN, as torch.mean's. */
export function mean(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  return sum(xs) / xs.length;
}

/** sign with sign(0) = 0, as PyTorch's subgradient at a kink. */
export function sign(x: number): number {
  return x > 0 ? 1 : x < 0 ? -1 : 0;
}
