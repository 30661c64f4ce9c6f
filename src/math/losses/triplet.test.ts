import { describe, expect, it } from 'vitest';
import { triplet } from './triplet';

const g2 = (g: unknown) => g as number[][];
const close = (got: readonly number[] | undefined, want: readonly number[]) =>
  want.forEach((w, k) => expect(got![k]).toBeCloseTo(w, 15));

describe('triplet', () => {
  it('worked example: d_ap = 5, d_an = 1, margin 1 gives 5 and unit-vector gradients', () => {
    const inputs = { anchor: [[0, 0]], positive: [[3, 4]], negative: [[0, 1]] };
    expect(triplet.value(inputs, { margin: 1 })).toBe(5);
    const g = triplet.grad(inputs, { margin: 1 });
    close(g2(g.positive)[0], [0.6, 0.8]);
    close(g2(g.negative)[0], [0, -1]);
    close(g2(g.anchor)[0], [-0.6, 0.2]);
  });

  it('anchor equal to the positive: finite, the positive gets no gradient', () => {
    const inputs = { anchor: [[1, 1]], positive: [[1, 1]], negative: [[1, 1.5]] };
    expect(triplet.value(inputs, { margin: 1 })).toBe(0.5);
    const g = triplet.grad(inputs, { margin: 1 });
    expect(g2(g.positive)[0]!.every((v) => v === 0)).toBe(true);
    // ∂/∂n = (a − n)/d_an, ∂/∂a = −(a − n)/d_an when a = p
    close(g2(g.negative)[0], [0, -1]);
    close(g2(g.anchor)[0], [0, 1]);
  });

  it('exactly at the hinge (d_ap − d_an + margin = 0) passes the gradient, as PyTorch clamp_min', () => {
    const g = triplet.grad({ anchor: [[0]], positive: [[1]], negative: [[2]] }, { margin: 1 });
    close(g2(g.positive)[0], [1]);
  });
});
