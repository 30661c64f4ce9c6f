import { describe, expect, it } from 'vitest';
import type { Grid } from '../../math/surface/types';
import { surfaceFrame } from './frame';
import { dotsPath, polylinePath } from './overlayPaths';

const grid: Grid = { u: [0, 10], v: [0, 10], size: 11 };
const frame = surfaceFrame(grid, 100);

describe('polylinePath', () => {
  it('draws through the points in plot pixels, v up', () => {
    expect(polylinePath([[0, 0], [5, 5], [10, 10]], frame)).toBe('M0,100L50,50L100,0');
  });

  it('breaks at a point that is not finite and does not close a broken ring', () => {
    expect(polylinePath([[0, 0], [NaN, 1], [5, 5], [10, 0]], frame, true)).toBe('M0,100M50,50L100,100');
  });

  it('closes a whole ring', () => {
    expect(polylinePath([[0, 0], [10, 0], [10, 10]], frame, true)).toBe('M0,100L100,100L100,0Z');
  });

  it('keeps a diverging path within a bounded distance of the plot', () => {
    const d = polylinePath([[5, 5], [1e12, -1e14]], frame);
    expect(d).toBe('M50,50L2000,2000');
  });
});

describe('dotsPath', () => {
  it('writes a zero-length segment per finite point', () => {
    expect(dotsPath([[0, 0], [Infinity, 0], [10, 10]], frame)).toBe('M0,100h0M100,0h0');
  });
});
