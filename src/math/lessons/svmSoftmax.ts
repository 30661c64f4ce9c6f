/**
 * Lesson 4 (svm-softmax): the multiclass SVM loss and softmax cross-entropy read from the same class
 * scores. Scores s are unnormalised per-class numbers, the true class is y, and Δ is the SVM margin.
 */
import { multiclassHingeAt } from '../losses/multiclass_hinge';
import { logSoftmaxTight } from '../numerics-multiclass';
import { softmax } from '../numerics';

/** One competitor's part of the SVM loss: max(0, s_j − s_y + Δ), with the argument before the max. */
export interface HingeTerm {
  readonly j: number;
  /** s_j − s_y + Δ: how far class j comes inside the margin (negative: it is clear of it). */
  readonly inside: number;
  readonly term: number;
}

/** The terms max(0, s_j − s_y + Δ) for every j ≠ y, in class order. */
export function hingeTerms(s: readonly number[], y: number, margin: number): HingeTerm[] {
  const out: HingeTerm[] = [];
  for (let j = 0; j < s.length; j++) {
    if (j === y) continue;
    const inside = s[j]! - s[y]! + margin;
    out.push({ j, inside, term: Math.max(0, inside) });
  }
  return out;
}

/** The multiclass SVM loss Σ_{j≠y} max(0, s_j − s_y + Δ) (the registry's multiclass hinge, p = 1). */
export function svmLoss(s: readonly number[], y: number, margin: number): number {
  return multiclassHingeAt(s, y, margin, 1);
}

/** Softmax probabilities e^{s_j} / Σ_k e^{s_k} (max-shifted, so scores in the hundreds stay finite). */
export function softmaxProbabilities(s: readonly number[]): number[] {
  return softmax(s);
}

/** Cross-entropy −log p_y of the softmax of s; keeps full precision when p_y is within 1e-300 of 1. */
export function crossEntropy(s: readonly number[], y: number): number {
  return -logSoftmaxTight(s)[y]!;
}

/** Every score times k (k ≥ 0): the same ranking, k times the gaps. */
export function scaleScores(s: readonly number[], k: number): number[] {
  return s.map((v) => v * k);
}

/** Whether every competitor is at least Δ behind the true class (the SVM loss is then exactly 0). */
export function marginMet(s: readonly number[], y: number, margin: number): boolean {
  return hingeTerms(s, y, margin).every((t) => t.inside <= 0);
}

/** The smallest true-class score that meets the margin: max_{j≠y} s_j + Δ. */
export function marginScore(s: readonly number[], y: number, margin: number): number {
  let m = -Infinity;
  for (let j = 0; j < s.length; j++) if (j !== y) m = Math.max(m, s[j]!);
  return m + margin;
}

/** Both losses at one x of a sweep. */
export interface LossPair {
  readonly x: number;
  readonly svm: number;
  readonly ce: number;
}

/** Both losses as the true-class score runs over `xs` (the other scores held). */
export function sweepTrueScore(s: readonly number[], y: number, margin: number, xs: readonly number[]): LossPair[] {
  return xs.map((x) => {
    const t = s.map((v, j) => (j === y ? x : v));
    return { x, svm: svmLoss(t, y, margin), ce: crossEntropy(t, y) };
  });
}

/** Both losses as every score is multiplied by each k in `ks`. */
export function sweepScale(s: readonly number[], y: number, margin: number, ks: readonly number[]): LossPair[] {
  return ks.map((k) => {
    const t = scaleScores(s, k);
    return { x: k, svm: svmLoss(t, y, margin), ce: crossEntropy(t, y) };
  });
}

/**
 * The scale factors k > 0 at which a competitor's term k(s_j − s_y) + Δ reaches 0 (where the SVM curve over
 * k has a corner): Δ / (s_y − s_j) for each j the true class leads.
 */
export function scaleKinks(s: readonly number[], y: number, margin: number): number[] {
  return s.flatMap((v, j) => (j !== y && s[y]! > v ? [margin / (s[y]! - v)] : []));
}

/** `n` ≥ 2 evenly spaced numbers from a to b, with the corner points `extra` that fall inside added in order. */
export function grid(a: number, b: number, n: number, extra: readonly number[] = []): number[] {
  const xs = Array.from({ length: n }, (_, i) => a + ((b - a) * i) / (n - 1));
  for (const e of extra) if (e > a && e < b && !xs.includes(e)) xs.push(e);
  return xs.toSorted((u, v) => u - v);
}
