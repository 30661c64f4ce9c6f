import { describe, expect, it } from 'vitest';
import { contrastive } from '../losses/contrastive';
import { triplet } from '../losses/triplet';
import { contrastiveTable, distance, movePoint, negativeKind, snap, tripletTable, type Point } from './metric';

const A: Point = [-0.5, 0];
const P: Point = [0.5, 0];
// distances from A: 0.8 (nearer than P), √(1.3² + 0.6²) ≈ 1.432 (inside the margin), 2.5 (beyond it)
const N: Point[] = [[-0.5, 0.8], [-1.8, 0.6], [1, -2]];

describe('metric lesson, plane', () => {
  it('distance is Euclidean', () => {
    expect(distance([0, 0], [3, 4])).toBe(5);
  });

  it('sorts negatives into hard, semi-hard and easy by the triplet boundaries', () => {
    expect(negativeKind(1, 0.8, 1)).toBe('hard');
    expect(negativeKind(1, 1, 1)).toBe('semi-hard');
    expect(negativeKind(1, 1.99, 1)).toBe('semi-hard');
    expect(negativeKind(1, 2, 1)).toBe('easy');
    // no margin: nothing is semi-hard
    expect(negativeKind(1, 1, 0)).toBe('easy');
  });

  it('triplet rows: closed form per negative, the mean equals the registry loss on the same triplets', () => {
    const t = tripletTable(A, P, N, 1);
    expect(t.dap).toBe(1);
    expect(t.rows.map((r) => r.kind)).toEqual(['hard', 'semi-hard', 'easy']);
    expect(t.rows[0]!.loss).toBeCloseTo(1 - 0.8 + 1, 12);
    expect(t.rows[1]!.loss).toBeCloseTo(2 - Math.hypot(1.3, 0.6), 12);
    expect(t.rows[2]!.loss).toBe(0);
    const reg = triplet.value({ anchor: N.map(() => [...A]), positive: N.map(() => [...P]), negative: N.map((n) => [...n]) }, { margin: 1 });
    expect(t.mean).toBeCloseTo(reg, 12);
  });

  it('a negative has zero triplet loss exactly when it is easy', () => {
    for (const m of [0, 0.5, 1, 2]) {
      for (const r of tripletTable(A, P, N, m).rows) expect(r.loss === 0).toBe(r.kind === 'easy');
    }
  });

  it('contrastive pairs: ½d² for the positive, ½(m − d)² inside the margin, 0 beyond; mean as the registry', () => {
    const c = contrastiveTable(A, P, N, 1.5);
    expect(c.positive.loss).toBeCloseTo(0.5, 12);
    expect(c.negatives[0]!.loss).toBeCloseTo(0.5 * 0.7 ** 2, 12);
    expect(c.negatives[1]!.loss).toBeCloseTo(0.5 * (1.5 - Math.hypot(1.3, 0.6)) ** 2, 12);
    expect(c.negatives[2]!.loss).toBe(0);
    const x1 = [A, ...N.map(() => A)].map((p) => [...p]);
    const x2 = [P, ...N].map((p) => [...p]);
    expect(c.mean).toBeCloseTo(contrastive.value({ x1, x2, y: [1, 0, 0, 0] }, { margin: 1.5 }), 12);
  });

  it('arrow keys move a point by 0.1 (Shift 0.5), up is +y, held to the box and to two decimals', () => {
    expect(movePoint([0.1, 0.2], 'ArrowRight', false)).toEqual([0.2, 0.2]);
    expect(movePoint([0.1, 0.2], 'ArrowUp', true)).toEqual([0.1, 0.7]);
    expect(movePoint([-2.95, 0], 'ArrowLeft', false)).toEqual([-3, 0]);
    expect(movePoint([0, 0], 'Enter', false)).toBeUndefined();
    expect(snap(0.30000000000000004)).toBe(0.3);
  });
});
