import { describe, expect, it } from 'vitest';
import { mae } from './mae';
import { quantile } from './quantile';

const targets = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const constant = (c: number) => ({ pred: targets.map(() => c), target: targets });

describe('quantile (pinball) loss', () => {
  it('is minimised over constant predictions at the τ-quantile of the targets', () => {
    // τ = 0.25 with n = 10: the slope between order statistics k and k + 1 is (k − 2.5)/n, so the 3rd value wins.
    const tau = 0.25;
    let best = NaN;
    let bestValue = Infinity;
    for (let c = 0; c <= 11; c += 0.01) {
      const v = quantile.value(constant(c), { tau });
      if (v < bestValue) [best, bestValue] = [c, v];
    }
    expect(best).toBeCloseTo(3, 6);
    // …and there the subgradients (ties split evenly, as torch.maximum does) sum to exactly zero.
    const g = quantile.grad(constant(3), { tau }).pred as number[];
    expect(Math.abs(g.reduce((a, b) => a + b, 0))).toBeLessThan(1e-15);
  });

  it('is half the absolute error at τ = 0.5 (the median)', () => {
    const inputs = { pred: [0.3, -2, 5, 1], target: [1, 1, 1, 1] };
    expect(quantile.value(inputs, { tau: 0.5 })).toBeCloseTo(mae.value(inputs, {}) / 2, 14);
  });
});
