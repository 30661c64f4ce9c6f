import { describe, expect, it } from 'vitest';
import { binaryBoundary, clipPolygon, lineInPolygon, rectPolygon, regressionLine, slicePolygon, softmaxRegions, type Pt } from './fitGeometry';

const D = { x: [-2, 2] as const, y: [-1, 3] as const };
/** Shoelace area. */
const area = (p: readonly Pt[]) => Math.abs(p.reduce((s, [a, b], i) => s + a * p[(i + 1) % p.length]![1] - p[(i + 1) % p.length]![0] * b, 0)) / 2;
const sorted = (seg: readonly [Pt, Pt] | undefined) => [...(seg ?? [])].map((p) => p.map((v) => Number(v.toFixed(9)))).toSorted((p, q) => p[0]! - q[0]!);

describe('half-plane clipping', () => {
  it('cuts a square in two along a line and reports where it cut', () => {
    const sq = rectPolygon({ x: [0, 2], y: [0, 2] });
    const { kept, cut } = slicePolygon(sq, [1, 0, -0.5]);
    expect(area(kept)).toBeCloseTo(3, 12);
    expect(sorted([cut[0]!, cut[1]!])).toEqual([[0.5, 0], [0.5, 2]]);
    expect(slicePolygon(sq, [1, 0, -5]).kept).toEqual([]);
    expect(area(slicePolygon(sq, [1, 0, 5]).kept)).toBeCloseTo(4, 12);
  });

  it('keeps the intersection of several half-planes and finds a line through a corner', () => {
    const tri = clipPolygon(rectPolygon({ x: [0, 1], y: [0, 1] }), [[-1, -1, 1]]);
    expect(area(tri)).toBeCloseTo(0.5, 12);
    expect(sorted(lineInPolygon(rectPolygon({ x: [0, 1], y: [0, 1] }), [1, -1, 0]))).toEqual([[0, 0], [1, 1]]);
    expect(lineInPolygon(rectPolygon(D), [0, 0, 1])).toBeUndefined();
    expect(lineInPolygon(rectPolygon(D), [1, 0, -9])).toBeUndefined();
  });
});

describe('fits', () => {
  it('clips the regression line to the window', () => {
    expect(sorted(regressionLine(D, 1, 0))).toEqual([[-1, -1], [2, 2]]);
    expect(sorted(regressionLine(D, 0, 1))).toEqual([[-2, 1], [2, 1]]);
    expect(regressionLine(D, 0, 9)).toBeUndefined();
    expect(regressionLine(D, NaN, 0)).toBeUndefined();
  });

  it('draws the binary boundary through the origin and shades the side that scores +1', () => {
    const b = binaryBoundary({ x: [-2, 2], y: [-2, 2] }, 1, 0)!;
    expect(sorted(b.line)).toEqual([[0, -2], [0, 2]]);
    expect(area(b.positive)).toBeCloseTo(8, 12);
    expect(b.positive.every(([a]) => a >= 0)).toBe(true);
    expect(binaryBoundary(D, 0, 0)).toBeUndefined();
    expect(binaryBoundary(D, Infinity, 1)).toBeUndefined();
    const away = binaryBoundary({ x: [1, 2], y: [1, 2] }, 1, 1)!;
    expect(away.line).toBeUndefined();
    expect(area(away.positive)).toBeCloseTo(1, 12);
  });

  it('splits the window into the three argmax regions with three boundary segments', () => {
    // z0 = x, z1 = -x, z2 = y - 1: class 2 above y = 1 + |x|, classes 0/1 left and right below it.
    const w = [1, 0, 0, -1, 0, 0, 0, 1, -1];
    const r = softmaxRegions(D, w)!;
    const total = r.regions.reduce((s, p) => s + area(p), 0);
    expect(total).toBeCloseTo(16, 9);
    expect(r.regions.every((p) => p.length >= 3)).toBe(true);
    expect(r.boundaries).toHaveLength(3);
    expect(sorted(r.boundaries[0])).toEqual([[0, -1], [0, 1]]);
    expect(softmaxRegions(D, [1, 2, 3])).toBeUndefined();
    expect(softmaxRegions(D, [NaN, 0, 0, 0, 0, 0, 0, 0, 0])).toBeUndefined();
  });

  it('leaves out a class that wins nowhere', () => {
    const r = softmaxRegions(D, [1, 0, 0, -1, 0, 0, 0, 0, -100])!;
    expect(r.regions[2]).toEqual([]);
    expect(r.boundaries).toHaveLength(1);
  });
});
