import { describe, expect, it } from 'vitest';
import { multiclassHinge } from './multiclass_hinge';

describe('multiclass_hinge', () => {
  it('reproduces the CS231n worked example from its own arithmetic', () => {
    // Scores (cat, car, frog) = (−96.8, 437.9, 61.95), true class cat, Δ = 1, as written out in the notes.
    const fromNotes = Math.max(0, 437.9 + 96.8 + 1) + Math.max(0, 61.95 + 96.8 + 1);
    const inputs = { scores: [[-96.8, 437.9, 61.95]], target: [0] };
    const v = multiclassHinge.value(inputs, { margin: 1, p: 1 });
    expect(Math.abs(v - fromNotes)).toBeLessThanOrEqual(1e-12 * fromNotes);
    expect(v).toBeCloseTo(695.45, 9);
    // Both competitors violate the margin: each gets +1, the true class −2.
    expect(multiclassHinge.grad(inputs, { margin: 1, p: 1 }).scores).toEqual([[-2, 1, 1]]);
  });

  it('takes the subgradient 0 exactly at the kink, as MultiMarginLoss does', () => {
    // s_j − s_y + Δ = 0 − 1 + 1 = 0 exactly for class 1; class 2 is far below.
    const inputs = { scores: [[1, 0, -5]], target: [0] };
    for (const p of [1, 2]) {
      expect(multiclassHinge.value(inputs, { margin: 1, p })).toBe(0);
      expect(multiclassHinge.grad(inputs, { margin: 1, p }).scores).toEqual([[0, 0, 0]]);
    }
  });

  it('does not divide by C (PyTorch MultiMarginLoss does)', () => {
    // One violating competitor out of C = 4, by 0.5: this definition gives 0.5, PyTorch 0.5 / 4.
    const inputs = { scores: [[1, 1.5 - 1, -9, -9]], target: [0] };
    expect(multiclassHinge.value(inputs, { margin: 1, p: 1 })).toBeCloseTo(0.5, 15);
  });
});
