import { describe, expect, it } from 'vitest';
import type { Grid } from '../../math/surface/types';
import { fieldExtent, heatScale } from './colorScale';
import { contourLines, contourThresholds, ringsPath, type ContourLine } from './contours';
import { gridToPlot, surfaceFrame } from './frame';

/** f(u, v) on a G×G grid, row-major j·G + i. */
function field(grid: Grid, f: (u: number, v: number) => number): Float64Array {
  const G = grid.size;
  const out = new Float64Array(G * G);
  for (let j = 0; j < G; j++)
    for (let i = 0; i < G; i++)
      out[j * G + i] = f(grid.u[0] + ((grid.u[1] - grid.u[0]) * i) / (G - 1), grid.v[0] + ((grid.v[1] - grid.v[0]) * j) / (G - 1));
  return out;
}

/** Points of a path strictly inside the 256-px plot. */
const inside = (d: string) =>
  [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)]
    .map((m) => [Number(m[1]), Number(m[2])] as const)
    .filter(([x, y]) => x > 0 && x < 256 && y > 0 && y < 256);

describe('contourThresholds', () => {
  it('uses nice ticks strictly inside the range on a linear scale', () => {
    expect(contourThresholds({ mode: 'linear', min: 0, max: 10, floor: 0 })).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(contourThresholds({ mode: 'linear', min: 4, max: 4, floor: 0 })).toEqual([]);
  });

  it('spaces levels 1·10^k and 3·10^k above the minimum on a log scale', () => {
    const t = contourThresholds({ mode: 'log', min: 2, max: 102, floor: 0.01 });
    const offsets = t.map((x) => Number((x - 2).toPrecision(6)));
    expect(offsets).toEqual([0.03, 0.1, 0.3, 1, 3, 10, 30]);
  });
});

describe('ringsPath', () => {
  it('projects and closes each ring, rounding to 0.1 px', () => {
    const d = ringsPath([[[0, 0], [1, 0], [1, 1]], [[5, 5]]], (x, y) => [x * 10.04, y * 3]);
    expect(d).toBe('M0,0L10,0L10,3Z');
  });
});

describe('contourLines', () => {
  const grid: Grid = { u: [-2, 2], v: [-2, 2], size: 65 };
  const frame = surfaceFrame(grid, 256);
  const d = (line: ContourLine) => ringsPath(line.rings, gridToPlot(frame));

  it('draws circles of the right radius for a bowl, in plot pixels', () => {
    const values = field(grid, (u, v) => u * u + v * v);
    const heat = heatScale(fieldExtent(values), 'linear')!;
    const lines = contourLines(values, [1], grid.size, heat);
    expect(lines).toHaveLength(1);
    // The region ≥ 1 is outside the circle: its outer ring follows the border, half a cell outside the plot.
    const pts = inside(d(lines[0]!));
    expect(pts.length).toBeGreaterThan(20);
    const pxPerUnit = 256 / 4;
    for (const [x, y] of pts) {
      const r = Math.hypot(x - 128, y - 128) / pxPerUnit;
      expect(Math.abs(r - 1)).toBeLessThan(0.02);
    }
    expect(lines[0]!.light).toBe(true);
  });

  it('puts the level of sample k exactly on sample k', () => {
    const values = field(grid, (u) => u);
    const heat = heatScale(fieldExtent(values), 'linear')!;
    const [line] = contourLines(values, [0.5], grid.size, heat);
    // u = 0.5 is 2.5 units from the left edge: 160 px. Only border segments (half a cell outside) differ.
    const pts = inside(d(line!));
    expect(pts.length).toBeGreaterThan(10);
    for (const [x] of pts) expect(x).toBe(160);
  });

  it('never writes NaN, even around undefined cells', () => {
    const values = field(grid, (u, v) => (u > 1 ? NaN : u * u + v));
    const heat = heatScale(fieldExtent(values), 'log')!;
    const lines = contourLines(values, contourThresholds(heat), grid.size, heat);
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(d(l)).not.toMatch(/NaN|Infinity|undefined/);
    expect(lines.some((l) => l.light) && lines.some((l) => !l.light)).toBe(true);
  });
});
