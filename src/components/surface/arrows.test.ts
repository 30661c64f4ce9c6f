import { describe, expect, it } from 'vitest';
import type { Grid } from '../../math/surface/types';
import { MIN_ARROW_PX, arrowField, arrowsPath, sampleIndices } from './arrows';
import { heatScale } from './colorScale';
import { surfaceFrame } from './frame';

const grid: Grid = { u: [-1, 1], v: [-4, 4], size: 49 };
const frame = surfaceFrame(grid, 240);
const heat = heatScale({ min: 0, max: 20, undefinedCells: 0 }, 'linear')!;

function fields(g: (u: number, v: number) => [number, number]) {
  const G = grid.size;
  const du = new Float64Array(G * G);
  const dv = new Float64Array(G * G);
  const value = new Float64Array(G * G);
  for (let j = 0; j < G; j++)
    for (let i = 0; i < G; i++) {
      const u = -1 + (2 * i) / (G - 1);
      const v = -4 + (8 * j) / (G - 1);
      [du[j * G + i], dv[j * G + i]] = g(u, v);
      value[j * G + i] = u * u + v * v;
    }
  return { du, dv, value };
}

describe('sampleIndices', () => {
  it('spreads samples over bin centres inside the grid', () => {
    expect(sampleIndices(12, 4)).toEqual([1, 4, 7, 10]);
    expect(sampleIndices(128, 12)).toHaveLength(12);
    expect(sampleIndices(3, 12)).toEqual([0, 1, 2]);
  });
});

describe('arrowField', () => {
  it('points downhill on screen: towards the bottom of a bowl', () => {
    const arrows = arrowField({ ...fields((u, v) => [2 * u, 2 * v]), grid, frame, heat, samples: 8 });
    expect(arrows.length).toBeGreaterThan(50);
    const cx = frame.x(0);
    const cy = frame.y(0);
    for (const a of arrows) expect(a.dx * (cx - a.x) + a.dy * (cy - a.y)).toBeGreaterThan(0);
  });

  it('shows the descent displacement in pixels, so unequal axes keep step directions', () => {
    // ∂u = 1, ∂v = 1 everywhere: a step moves u and v by the same amount, which is 4× more px along u.
    const [a] = arrowField({ ...fields(() => [1, 1]), grid, frame, heat, samples: 3 });
    expect(a!.dx).toBeLessThan(0);
    expect(a!.dy / a!.dx).toBeCloseTo(-0.25, 9);
  });

  it('caps lengths at 80 % of the arrow spacing and drops near-zero gradients', () => {
    const arrows = arrowField({ ...fields((u) => [u > 0.9 ? 1000 : u, 0]), grid, frame, heat, samples: 10 });
    const cap = (0.8 * 240) / 10;
    for (const a of arrows) {
      const len = Math.hypot(a.dx, a.dy);
      expect(len).toBeLessThanOrEqual(cap + 1e-9);
      expect(len).toBeGreaterThanOrEqual(MIN_ARROW_PX);
    }
    expect(arrowField({ ...fields(() => [0, 0]), grid, frame, heat })).toEqual([]);
  });

  it('skips samples whose gradient or value is not finite', () => {
    const f = fields((u, v) => (u < 0 ? [NaN, 1] : [u, v]));
    const arrows = arrowField({ ...f, grid, frame, heat, samples: 6 });
    expect(arrows.every((a) => a.x > frame.x(0))).toBe(true);
    expect(arrowsPath(arrows)).not.toMatch(/NaN|Infinity/);
  });
});

describe('arrowsPath', () => {
  it('draws a centred shaft and two barbs at the tip', () => {
    const d = arrowsPath([{ x: 10, y: 10, dx: 10, dy: 0, light: true }]);
    // Head 4.5 px (45 % of 10) at ±30°: 3.9 px back, 2.25 px aside.
    expect(d).toBe('M5,10L15,10M11.1,7.8L15,10L11.1,12.3');
  });
});
