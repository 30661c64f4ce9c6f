import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3-scale';
import { curvePath, valueAt } from './geometry';

const frame = {
  x: scaleLinear().domain([0, 4]).range([0, 500]),
  y: scaleLinear().domain([0, 4]).range([300, 0]),
  innerHeight: 300,
};

describe('curvePath', () => {
  it('splits the line at NaN and never writes NaN', () => {
    const d = curvePath([0, 1, 2, 3, 4], [0, 1, NaN, 3, 4], frame);
    expect(d).not.toMatch(/NaN|Infinity/);
    expect(d.match(/M/g)).toHaveLength(2);
  });
  it('clamps far values just beyond the frame', () => {
    const d = curvePath([0, 1], [0, 1e12], frame);
    const ys = [...d.matchAll(/[ML][\d.-]+,([\d.-]+)/g)].map((m) => Number(m[1]));
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(-frame.innerHeight);
  });
  it('draws a straight stretch with two points and a curve within 0.25 px', () => {
    expect(curvePath([0, 1, 2, 3, 4], [0, 1, 2, 3, 4], frame)).toBe('M0,300L500,0');
    const xs = Array.from({ length: 1001 }, (_, i) => (4 * i) / 1000);
    const d = curvePath(xs, xs.map((x) => (x * x) / 4), frame);
    const pts = [...d.matchAll(/[ML]([\d.-]+),([\d.-]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(pts.length).toBeLessThan(200);
    for (const [px, py] of pts) expect(Math.abs(py - frame.y(frame.x.invert(px) ** 2 / 4))).toBeLessThan(0.25);
  });
  it('is empty when nothing is defined', () => {
    expect(curvePath([0, 1], [NaN, Infinity], frame)).toBe('');
  });
});

describe('valueAt', () => {
  const xs = [0, 1, 2, 3];
  it('interpolates linearly and hits samples exactly', () => {
    expect(valueAt(xs, [0, 10, 20, 40], 2.5)).toBe(30);
    expect(valueAt(xs, [0, 10, 20, 40], 1)).toBe(10);
    expect(valueAt(xs, [0, 10, 20, 40], 0)).toBe(0);
    expect(valueAt(xs, [0, 10, 20, 40], 3)).toBe(40);
  });
  it('is NaN outside the samples or next to a gap', () => {
    expect(valueAt(xs, [0, 10, 20, 40], -0.1)).toBeNaN();
    expect(valueAt(xs, [0, 10, 20, 40], 3.1)).toBeNaN();
    expect(valueAt(xs, [0, NaN, 20, 40], 0.5)).toBeNaN();
    expect(valueAt(xs, [0, NaN, 20, 40], 1)).toBeNaN();
    expect(valueAt([], [], 0)).toBeNaN();
  });
});
