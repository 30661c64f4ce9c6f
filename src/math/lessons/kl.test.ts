import { describe, expect, it } from 'vitest';
import { sum } from '../numerics';
import { crossEntropyPQ, entropy, kl, mix, onSimplex, setShare } from './kl';

const P = [0.7, 0.1, 0.1, 0.1];
const Q = [0.25, 0.25, 0.25, 0.25];

describe('kl lesson math', () => {
  it('has KL = CE − H and KL ≥ 0, for a worked pair', () => {
    // H(uniform over 4) = log 4; CE(p, uniform) = log 4 for any p; so KL(p ‖ uniform) = log 4 − H(p).
    expect(entropy(Q)).toBeCloseTo(Math.log(4), 15);
    expect(crossEntropyPQ(P, Q)).toBeCloseTo(Math.log(4), 15);
    const hp = -(0.7 * Math.log(0.7) + 3 * 0.1 * Math.log(0.1));
    expect(entropy(P)).toBeCloseTo(hp, 15);
    expect(kl(P, Q)).toBeCloseTo(Math.log(4) - hp, 14);
    expect(Math.abs(kl(P, Q) - (crossEntropyPQ(P, Q) - entropy(P)))).toBeLessThan(1e-12);
  });

  it('is not symmetric, and is exactly 0 when p = q', () => {
    // KL(uniform ‖ p) = Σ ¼ log(¼ / p_j).
    const back = 0.25 * (Math.log(0.25 / 0.7) + 3 * Math.log(0.25 / 0.1));
    expect(kl(Q, P)).toBeCloseTo(back, 14);
    expect(Math.abs(kl(Q, P) - kl(P, Q))).toBeGreaterThan(0.01);
    // A pair where the order matters more: KL(a ‖ b) ≈ 1.031, KL(b ‖ a) ≈ 1.334, from the closed sums.
    const a = [0.6, 0.3, 0.08, 0.02];
    const b = [0.1, 0.2, 0.3, 0.4];
    const ab = 0.6 * Math.log(6) + 0.3 * Math.log(1.5) + 0.08 * Math.log(0.08 / 0.3) + 0.02 * Math.log(0.05);
    const ba = 0.1 * Math.log(0.1 / 0.6) + 0.2 * Math.log(0.2 / 0.3) + 0.3 * Math.log(0.3 / 0.08) + 0.4 * Math.log(20);
    expect(kl(a, b)).toBeCloseTo(ab, 14);
    expect(kl(b, a)).toBeCloseTo(ba, 14);
    expect(ba - ab).toBeGreaterThan(0.3);
    expect(kl(P, [...P])).toBe(0);
    expect(kl(Q, [...Q])).toBe(0);
  });

  it('takes 0·log 0 as 0', () => {
    expect(entropy([1, 0])).toBe(0);
    expect(kl([1, 0], [0.5, 0.5])).toBeCloseTo(Math.log(2), 15);
    expect(crossEntropyPQ([1, 0], [0.5, 0.5])).toBeCloseTo(Math.log(2), 15);
  });

  it('moves along the path from q to p, where KL falls to 0 and CE to H(p)', () => {
    expect(mix(Q, P, 0)).toEqual(Q);
    expect(mix(Q, P, 1)).toEqual(P);
    let last = Infinity;
    for (const t of [0, 0.25, 0.5, 0.75, 1]) {
      const m = mix(Q, P, t);
      const k = kl(P, m);
      expect(k).toBeLessThan(last);
      expect(Math.abs(crossEntropyPQ(P, m) - k - entropy(P))).toBeLessThan(1e-12);
      last = k;
    }
    expect(last).toBeCloseTo(0, 15);
  });

  it('keeps a dragged distribution summing to 1 with every entry at least the floor', () => {
    const d = setShare(P, 0, 0.4, 0.01);
    expect(d[0]).toBe(0.4);
    expect(sum(d)).toBeCloseTo(1, 15);
    // The others had equal room (0.09 each), so they share 0.6 − 3·0.01 equally.
    for (const x of d.slice(1)) expect(x).toBeCloseTo(0.2, 15);
    const top = setShare(P, 1, 5, 0.01);
    expect(top[1]).toBeCloseTo(0.97, 15);
    for (const j of [0, 2, 3]) expect(top[j]).toBeCloseTo(0.01, 15);
    // With no room left in the others, the rest is shared equally.
    const back = setShare(top, 1, 0.91, 0.01);
    expect(back[1]).toBe(0.91);
    for (const j of [0, 2, 3]) expect(back[j]).toBeCloseTo(0.03, 15);
  });

  it('brings any positive weights onto the simplex above the floor', () => {
    expect(onSimplex([2, 2, 4], 0)).toEqual([0.25, 0.25, 0.5]);
    const d = onSimplex([0.001, 1, 1], 0.01);
    expect(d[0]).toBe(0.01);
    expect(sum(d)).toBeCloseTo(1, 15);
    expect(d[1]).toBeCloseTo(d[2]!, 15);
  });
});
