import { describe, expect, it } from 'vitest';
import { contrastive } from './contrastive';

const g2 = (g: unknown) => g as number[][];

describe('contrastive', () => {
  it('worked example: d = 5 similar pays 12.5; d = 5 dissimilar with margin 6 pays ½·1²', () => {
    const inputs = { x1: [[3, 0], [3, 0]], x2: [[0, 4], [0, 4]], y: [1, 0] };
    expect(contrastive.value(inputs, { margin: 6 })).toBeCloseTo((12.5 + 0.5) / 2, 14);
    const g = g2(contrastive.grad(inputs, { margin: 6 }).x1);
    // similar: (x1 − x2)/n; dissimilar: −(m − d)(x1 − x2)/d / n
    expect(g[0]).toEqual([1.5, -2]);
    expect(g[1]![0]).toBeCloseTo((-1 * 3) / 5 / 2, 15);
    expect(g[1]![1]).toBeCloseTo((-1 * -4) / 5 / 2, 15);
  });

  it('identical embeddings: dissimilar pays ½m², every gradient is exactly 0 (PyTorch norm subgradient)', () => {
    const inputs = { x1: [[0.3, -1.2], [0.3, -1.2]], x2: [[0.3, -1.2], [0.3, -1.2]], y: [0, 1] };
    expect(contrastive.value(inputs, { margin: 2 })).toBe(1);
    const g = contrastive.grad(inputs, { margin: 2 });
    for (const t of [g.x1, g.x2]) for (const r of g2(t)) for (const v of r) expect(v === 0).toBe(true);
  });

  it('similar pair at d ~ 1e-9: gradient is (x1 − x2)/n with no division by d', () => {
    const x1 = [[1 + 2 ** -30, 2]];
    const x2 = [[1, 2 - 2 ** -31]];
    const g = g2(contrastive.grad({ x1, x2, y: [1] }, { margin: 1 }).x1);
    expect(g[0]).toEqual([2 ** -30, 2 ** -31]);
  });
});
