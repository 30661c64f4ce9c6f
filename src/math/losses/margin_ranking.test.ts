import { describe, expect, it } from 'vitest';
import { marginRanking } from './margin_ranking';

describe('margin_ranking', () => {
  it('keeps the gradient exactly at the kink, as clamp_min(0) in PyTorch does', () => {
    // −y(x1 − x2) + margin = −(1.5 − 1) + 0.5 = 0 exactly (all values are binary fractions).
    const inputs = { x1: [1.5], x2: [1], y: [1] };
    expect(marginRanking.value(inputs, { margin: 0.5 })).toBe(0);
    const g = marginRanking.grad(inputs, { margin: 0.5 });
    expect([g.x1, g.x2]).toEqual([[-1], [1]]);
  });

  it('depends only on the gap x1 − x2, not on the level of the scores', () => {
    const base = { x1: [0.25, -1], x2: [1, 0.5], y: [1, -1] };
    const shifted = { x1: base.x1.map((v) => v + 1024), x2: base.x2.map((v) => v + 1024), y: base.y };
    expect(marginRanking.value(shifted, { margin: 1 })).toBe(marginRanking.value(base, { margin: 1 }));
  });
});
