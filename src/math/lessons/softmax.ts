import { logSumExp, softmax } from '../numerics';

/**
 * The softmax lesson's arithmetic: the textbook formula next to the max-shifted one, the invariance to a
 * common shift, softmax as a soft argmax and softmax(z)ᵀz as a soft maximum.
 */

/** One way of computing softmax(z), with its intermediate numbers. */
export interface SoftmaxWorking {
  /** The exponents fed to exp: z itself (naive) or z − max z (shifted). */
  readonly exponents: readonly number[];
  /** exp of each exponent. */
  readonly exps: readonly number[];
  /** Σ exps. */
  readonly total: number;
  /** exps / total: the probabilities, or NaN where the arithmetic broke down. */
  readonly probs: readonly number[];
}

function working(exponents: readonly number[]): SoftmaxWorking {
  const exps = exponents.map(Math.exp);
  let total = 0;
  for (const e of exps) total += e;
  return { exponents, exps, total, probs: exps.map((e) => e / total) };
}

/** softmax(z)ᵢ = exp(zᵢ) / Σⱼ exp(zⱼ) exactly as written: exp(789) overflows to ∞ and ∞/∞ is NaN. */
export function naiveSoftmax(z: readonly number[]): SoftmaxWorking {
  return working(z);
}

/** The same with m = max z subtracted first: every exponent ≤ 0, so no exp overflows and Σ ≥ 1. */
export function shiftedSoftmax(z: readonly number[]): SoftmaxWorking {
  const m = Math.max(...z);
  return working(z.map((v) => v - m));
}

/** Whether every number of a working is finite. */
export function allFinite(w: SoftmaxWorking): boolean {
  return [...w.exps, w.total, ...w.probs].every(Number.isFinite);
}

/** Σ pᵢ: 1 up to rounding for any finite z. */
export function probabilitySum(p: readonly number[]): number {
  let s = 0;
  for (const v of p) s += v;
  return s;
}

/** The largest |aᵢ − bᵢ|: how far softmax(z + c) is from softmax(z). */
export function maxAbsDiff(a: readonly number[], b: readonly number[]): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i]! - b[i]!));
  return d;
}

/** z with c added to every entry. */
export function shiftAll(z: readonly number[], c: number): number[] {
  return z.map((v) => v + c);
}

/** softmax(β z): β > 1 sharpens towards the argmax's one-hot vector, β → 0 flattens towards uniform. */
export function scaledSoftmax(z: readonly number[], beta: number): number[] {
  return softmax(z.map((v) => beta * v));
}

/** The soft maximum softmax(β z)ᵀ z: a weighted mean of z that tends to max z as β grows. */
export function softMaximum(z: readonly number[], beta: number): number {
  const p = scaledSoftmax(z, beta);
  let s = 0;
  for (let i = 0; i < z.length; i++) s += p[i]! * z[i]!;
  return s;
}

/** The index of the largest entry (the first one on a tie). */
export function argmax(z: readonly number[]): number {
  let k = 0;
  for (let i = 1; i < z.length; i++) if (z[i]! > z[k]!) k = i;
  return k;
}

/** log Σ exp z − max z: between 0 and log n, so log softmax(z) = z − log Σ exp z ≈ z − max z. */
export function logSumExpGap(z: readonly number[]): number {
  return logSumExp(z) - Math.max(...z);
}
