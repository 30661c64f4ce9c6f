/**
 * Lesson 5 (kl): entropy, cross-entropy and KL divergence of two discrete distributions over the same
 * classes, and how a learner's drag keeps a distribution a distribution. Logs are natural (nats); 0·log 0 = 0.
 */
import { klAt } from '../losses/kl_div';
import { sum } from '../numerics';

/** H(p) = −Σ p_j log p_j, in nats. */
export function entropy(p: readonly number[]): number {
  return sum(p.map((pj) => (pj === 0 ? 0 : -pj * Math.log(pj))));
}

/** CE(p, q) = −Σ p_j log q_j: the average surprise when classes drawn from p are coded with q. */
export function crossEntropyPQ(p: readonly number[], q: readonly number[]): number {
  return sum(p.map((pj, j) => (pj === 0 ? 0 : -pj * Math.log(q[j]!))));
}

/** KL(p ‖ q) = Σ p_j (log p_j − log q_j) (the registry's kl_div for one sample); 0 exactly when p = q. */
export function kl(p: readonly number[], q: readonly number[]): number {
  return klAt(p, q);
}

/** The mixture (1 − t)·q + t·p: the straight path from q (t = 0) to p (t = 1). */
export function mix(q: readonly number[], p: readonly number[], t: number): number[] {
  return q.map((qj, j) => (1 - t) * qj + t * p[j]!);
}

/**
 * `xs` scaled to sum 1 and then lifted to at least `min` (0 ≤ min ≤ 1/C): entries below it are set to it
 * and what they gain is taken from the others in proportion to their room above `min`. xs: positive weights.
 */
export function onSimplex(xs: readonly number[], min: number): number[] {
  const total = sum(xs);
  const d = xs.map((x) => x / total);
  const need = sum(d.map((x) => (x < min ? min - x : 0)));
  if (need === 0) return d;
  const room = sum(d.map((x) => (x < min ? 0 : x - min)));
  return d.map((x) => (x < min ? min : x - ((x - min) * need) / room));
}

/** Room above the floor smaller than this is rounding left by earlier drags: the rest is then shared equally. */
const ROOM_EPS = 1e-9;

/**
 * Sets entry i of the distribution d to v (held to [min, 1 − (C − 1)·min]) and shares the rest, 1 − v, among
 * the other entries in proportion to their room above `min`, so the result sums to 1 and no entry falls below
 * `min`. d: a distribution whose entries are all ≥ min.
 */
export function setShare(d: readonly number[], i: number, v: number, min: number): number[] {
  const c = d.length;
  const vi = Math.min(1 - (c - 1) * min, Math.max(min, v));
  const rest = 1 - vi - (c - 1) * min;
  const room = sum(d.map((x, j) => (j === i ? 0 : Math.max(0, x - min))));
  return d.map((x, j) => {
    if (j === i) return vi;
    return min + (room > ROOM_EPS ? (Math.max(0, x - min) * rest) / room : rest / (c - 1));
  });
}
