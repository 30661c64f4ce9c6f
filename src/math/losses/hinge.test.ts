import { describe, expect, it } from 'vitest';
import { hinge } from './hinge';
import { marginRanking } from './margin_ranking';

describe('hinge', () => {
  it('is margin ranking with x2 = 0, value and gradient, kinks included', () => {
    // Scores 1 and −1 with margin 1 sit exactly on the kink (margin − y·s = 0).
    const score = [1, -1, 0.3, -2.5, 4, 1];
    const target = [1, -1, -1, 1, -1, -1];
    const params = { margin: 1 };
    const mr = { x1: score, x2: score.map(() => 0), y: target };
    expect(hinge.value({ score, target }, params)).toBe(marginRanking.value(mr, params));
    expect(hinge.grad({ score, target }, params).score).toEqual(marginRanking.grad(mr, params).x1);
    // At the kink the gradient is kept (−y/n), as PyTorch's clamp_min backward keeps it.
    expect((hinge.grad({ score, target }, params).score as number[]).slice(0, 2)).toEqual([-1 / 6, 1 / 6]);
  });

  it('rejects labels other than ±1', () => {
    expect(() => hinge.value({ score: [0.5], target: [0] }, { margin: 1 })).toThrow(/−1 or \+1/);
  });
});
