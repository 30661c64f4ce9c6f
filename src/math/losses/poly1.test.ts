import { describe, expect, it } from 'vitest';
import { poly1 } from './poly1';

const rel = (got: number, want: number) => Math.abs(got - want) / Math.abs(want);

describe('poly1 at extreme confidence', () => {
  it('keeps 1 − p_t when p_t is within 1e-20 of 1', () => {
    // logits (50, 0, 0), true class 0: 1 − p_t = 2e^{−50}/(1 + 2e^{−50}) ≈ 3.9e-22 and CE = log1p(2e^{−50}).
    // To relative 1e-21 both equal a = 2e^{−50}, so the loss is (1 + ε)a and the true-class gradient −(1 + ε)a.
    const a = 2 * Math.exp(-50);
    const inputs = { logits: [[50, 0, 0]], target: [0] };
    for (const epsilon of [0, 1, 5]) {
      expect(rel(poly1.value(inputs, { epsilon }), (1 + epsilon) * a)).toBeLessThan(1e-12);
      const g = (poly1.grad(inputs, { epsilon }).logits as number[][])[0]!;
      expect(rel(g[0]!, -(1 + epsilon) * a)).toBeLessThan(1e-12);
      expect(rel(g[1]!, ((1 + epsilon) * a) / 2)).toBeLessThan(1e-12);
    }
  });

  it('keeps p_t when it is below 1e-20', () => {
    // logits (−50, 0, 0), true class 0: p_t = e^{−50}/(2 + e^{−50}) ≈ 9.6e-23, CE = 50 + log 2 (to 1e-22).
    const inputs = { logits: [[-50, 0, 0]], target: [0] };
    const epsilon = 2;
    expect(rel(poly1.value(inputs, { epsilon }), 50 + Math.LN2 + epsilon)).toBeLessThan(1e-15);
    // Others: p_j(1 + εp_t) with p_j = 1/(2 + e^{−50}); the true class −(1 − p_t)(1 + εp_t) ≈ −1.
    const pt = Math.exp(-50) / 2;
    const g = (poly1.grad(inputs, { epsilon }).logits as number[][])[0]!;
    expect(rel(g[1]!, 0.5 * (1 - pt) * (1 + epsilon * pt))).toBeLessThan(1e-15);
    expect(rel(g[0]!, -1)).toBeLessThan(1e-15);
  });
});
