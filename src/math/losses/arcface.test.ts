import { describe, expect, it } from 'vitest';
import { logSoftmax } from '../numerics';
import { normals, seededRng } from '../random';
import { arcface } from './arcface';

type M = number[][];
const unitRow = (r: number[]) => r.map((v) => v / Math.hypot(...r));
const dotp = (a: number[], b: number[]) => a.reduce((s, v, i) => s + v * b[i]!, 0);

describe('arcface', () => {
  it('m = 0 is softmax cross-entropy over s·cos, computed from the definition', () => {
    const rng = seededRng(11);
    const x = Array.from({ length: 4 }, () => normals(rng, 3));
    const W = Array.from({ length: 5 }, () => normals(rng, 3));
    const y = [0, 3, 4, 3];
    const s = 16;
    const want = -x.reduce((acc, xi, i) => acc + logSoftmax(W.map((w) => s * dotp(unitRow(xi), unitRow(w))))[y[i]!]!, 0) / 4;
    expect(arcface.value({ x, W, y }, { s, m: 0 })).toBeCloseTo(want, 12);
  });

  it('the true-class logit is s·cos(θ + m): one class against one at 90°', () => {
    // x along W₀ rotated by 60°, W₁ orthogonal to x: logits s·cos(60° + m) and 0
    const x = [[Math.cos(Math.PI / 3), Math.sin(Math.PI / 3)]];
    const W = [[1, 0], [-Math.sin(Math.PI / 3), Math.cos(Math.PI / 3)]];
    const z = 10 * Math.cos(Math.PI / 3 + 0.3);
    expect(arcface.value({ x, W, y: [0] }, { s: 10, m: 0.3 })).toBeCloseTo(Math.log1p(Math.exp(-z)), 13);
  });

  it('x parallel to its class weight: the clamp is active and W_y gets no gradient', () => {
    const inputs = { x: [[2, 0, 0]], W: [[5, 0, 0], [0, 1, 0], [0.3, 0.2, 1]], y: [0] };
    const g = arcface.grad(inputs, { s: 64, m: 0.5 });
    expect((g.W as M)[0]!.every((v) => v === 0)).toBe(true);
    expect((g.x as M).flat().every(Number.isFinite)).toBe(true);
  });
});
