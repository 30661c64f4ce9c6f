import { describe, expect, it } from 'vitest';
import type { Grid } from '../../math/surface/types';
import {
  BIG_STEP, KEY_STEP, SURFACE_MARGINS, clampToGrid, fmt, gridProblem, gridToPlot, keyMove, pixelToWeights,
  surfaceFrame, surfaceLayout, weightsToPixel,
} from './frame';

const grid: Grid = { u: [-2, 2], v: [-1, 3], size: 5 };

describe('surface frame', () => {
  it('makes a square plot area from the width, never below 120 px', () => {
    const { left, right, top, bottom } = SURFACE_MARGINS;
    expect(surfaceLayout(400)).toEqual({ side: 400 - left - right, height: 400 - left - right + top + bottom });
    expect(surfaceLayout(50).side).toBe(120);
  });

  it('maps u to the right and v upwards over the grid extent', () => {
    const f = surfaceFrame(grid, 200);
    expect(weightsToPixel(f, [-2, -1])).toEqual([0, 200]);
    expect(weightsToPixel(f, [2, 3])).toEqual([200, 0]);
    expect(f.cell).toBe(50);
  });

  it('round-trips pixels and weights, clamping to the grid', () => {
    const f = surfaceFrame(grid, 200);
    const [u, v] = pixelToWeights(f, 50, 150, grid);
    expect(u).toBeCloseTo(-1, 12);
    expect(v).toBeCloseTo(0, 12);
    expect(pixelToWeights(f, -30, 999, grid)).toEqual([-2, -1]);
    expect(clampToGrid([9, -9], grid)).toEqual([2, -1]);
  });

  it('puts d3-contour grid coordinate k + 0.5 on sample k', () => {
    const f = surfaceFrame(grid, 200);
    const project = gridToPlot(f);
    for (let i = 0; i < grid.size; i++) {
      const [px, py] = project(i + 0.5, i + 0.5);
      const u = grid.u[0] + ((grid.u[1] - grid.u[0]) * i) / (grid.size - 1);
      const v = grid.v[0] + ((grid.v[1] - grid.v[0]) * i) / (grid.size - 1);
      expect(px).toBeCloseTo(f.x(u), 9);
      expect(py).toBeCloseTo(f.y(v), 9);
    }
  });

  it('moves the point with arrow keys by a share of the range, Shift for more, clamped', () => {
    expect(keyMove([0, 0], 'ArrowRight', false, grid)![0]).toBeCloseTo(4 * KEY_STEP, 12);
    expect(keyMove([0, 0], 'ArrowUp', true, grid)![1]).toBeCloseTo(4 * BIG_STEP, 12);
    expect(keyMove([0, 0], 'ArrowDown', false, grid)).toEqual([0, -4 * KEY_STEP]);
    expect(keyMove([-2, 0], 'ArrowLeft', true, grid)).toEqual([-2, 0]);
    expect(keyMove([0, 0], 'Enter', false, grid)).toBeUndefined();
  });

  it('formats numbers for people', () => {
    expect(fmt(1.23456789)).toBe('1.235');
    expect(fmt(-0.00001)).toBe('-0.00001');
    expect(fmt(-0)).toBe('0');
    expect(fmt(NaN)).toBe('NaN');
  });

  it('names a grid or field that cannot be drawn', () => {
    const ok = new Float64Array(25);
    expect(gridProblem(grid, [ok, ok])).toBeUndefined();
    expect(gridProblem({ ...grid, size: 1 }, [ok])).toMatch(/2 × 2/);
    expect(gridProblem({ ...grid, u: [1, 1] }, [ok])).toMatch(/range/);
    expect(gridProblem({ ...grid, v: [0, NaN] }, [ok])).toMatch(/range/);
    expect(gridProblem(grid, [ok, new Float64Array(24)])).toMatch(/match/);
  });
});
