import { describe, expect, it } from 'vitest';
import { softmaxCe } from './softmax_ce';

describe('softmax_ce on the overflow example logits (123, 456, 789)', () => {
  const logits = [[123, 456, 789]];

  it('gives −log p_y = 789 − z_y + log1p(e^{−333} + e^{−666}) without overflow', () => {
    // For y = 0, 1 the log1p term is far below one ulp, so the result is exact.
    for (const [y, want] of [[0, 666], [1, 333]] as const) {
      expect(softmaxCe.value({ logits, target: [y] }, { label_smoothing: 0 })).toBe(want);
    }
    // For the winning class it is the whole loss: ≈ e^{−333}, not 0.
    const top = softmaxCe.value({ logits, target: [2] }, { label_smoothing: 0 });
    expect(Math.abs(top - Math.exp(-333))).toBeLessThanOrEqual(1e-15 * Math.exp(-333));
    // ε = 0.1: (1 − ε)·666 + ε·mean(666, 333, 0) = 599.4 + 33.3.
    expect(softmaxCe.value({ logits, target: [0] }, { label_smoothing: 0.1 })).toBeCloseTo(632.7, 10);
  });

  it('keeps p_y − 1 ≈ −e^{−333} for the winning class instead of rounding it to 0', () => {
    const g = (softmaxCe.grad({ logits, target: [2] }, { label_smoothing: 0 }).logits as number[][])[0]!;
    const want = -Math.exp(-333); // −(e^{−333} + e^{−666})/(1 + e^{−333} + e^{−666}) to relative 1e-144
    expect(Math.abs(g[2]! - want)).toBeLessThanOrEqual(1e-15 * Math.abs(want));
    expect(Math.abs(g[1]! - Math.exp(-333))).toBeLessThanOrEqual(1e-15 * Math.exp(-333));
  });
});
