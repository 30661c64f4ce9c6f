import { describe, expect, it } from 'vitest';
import { keepPoints } from './simplify';

const all = () => true;
/** Largest distance from a sample to the chord between the kept points around it. */
function maxDeviation(px: number[], py: number[], kept: number[]): number {
  let worst = 0;
  for (let k = 0; k + 1 < kept.length; k++) {
    const a = kept[k]!;
    const b = kept[k + 1]!;
    const dx = px[b]! - px[a]!;
    const dy = py[b]! - py[a]!;
    for (let i = a; i <= b; i++) {
      const cross = (px[i]! - px[a]!) * dy - (py[i]! - py[a]!) * dx;
      worst = Math.max(worst, Math.abs(cross) / Math.hypot(dx, dy));
    }
  }
  return worst;
}

describe('keepPoints', () => {
  it('collapses a straight line to its ends', () => {
    const px = Array.from({ length: 101 }, (_, i) => i);
    expect(keepPoints(px, px.map((x) => 2 * x + 1), all, 0.2)).toEqual([0, 100]);
  });

  it('keeps the corner of |x|', () => {
    const px = Array.from({ length: 101 }, (_, i) => i);
    expect(keepPoints(px, px.map((x) => Math.abs(x - 50)), all, 0.2)).toEqual([0, 50, 100]);
  });

  it('keeps a curve within the tolerance with far fewer points', () => {
    const px = Array.from({ length: 1001 }, (_, i) => i * 0.6);
    const py = px.map((x) => ((x - 300) / 300) ** 2 * 280);
    const kept = keepPoints(px, py, all, 0.2);
    expect(kept.length).toBeLessThan(120);
    expect(kept[0]).toBe(0);
    expect(kept.at(-1)).toBe(1000);
    expect(maxDeviation(px, py, kept)).toBeLessThanOrEqual(0.2 + 1e-9);
  });

  it('never smooths away a one-sample spike', () => {
    const px = Array.from({ length: 21 }, (_, i) => i);
    const py = px.map((x) => (x === 7 ? 50 : 0));
    expect(keepPoints(px, py, all, 0.2)).toEqual([0, 6, 7, 8, 20]);
  });

  it('keeps undefined points, so each defined run is simplified on its own', () => {
    const px = Array.from({ length: 11 }, (_, i) => i);
    const py = px.map((x) => x);
    const defined = (i: number) => i !== 5;
    expect(keepPoints(px, py, defined, 0.2)).toEqual([0, 4, 5, 6, 10]);
    expect(keepPoints(px, py, () => false, 0.2)).toEqual(px);
    expect(keepPoints([], [], all, 0.2)).toEqual([]);
    expect(keepPoints([3], [4], all, 0.2)).toEqual([0]);
  });
});
