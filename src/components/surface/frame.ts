import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Grid } from '../../math/surface/types';
import type { Margins } from '../charts/geometry';
import { clamp } from '../../math/numerics';

/** A point in the (u, v) weight plane. */
export type UV = readonly [u: number, v: number];

export const SURFACE_MARGINS: Margins = { top: 10, right: 14, bottom: 44, left: 58 };

/** Side of the square plot area for a component `width` px wide (never below 120 px), and the SVG height. */
export function surfaceLayout(width: number, m: Margins = SURFACE_MARGINS): { side: number; height: number } {
  const side = Math.max(120, Math.floor(width - m.left - m.right));
  return { side, height: side + m.top + m.bottom };
}

/**
 * Pixel geometry of a square plot of `side` px over the grid's extent: u runs right, v runs up. `cell` is
 * the distance in px between neighbouring grid samples (sample i sits at x = i·cell).
 */
export interface SurfaceFrame {
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number>;
  readonly side: number;
  readonly size: number;
  readonly cell: number;
}

export function surfaceFrame(grid: Grid, side: number): SurfaceFrame {
  const x = scaleLinear().domain(grid.u).range([0, side]);
  const y = scaleLinear().domain(grid.v).range([side, 0]);
  return { x, y, side, size: grid.size, cell: side / Math.max(1, grid.size - 1) };
}

/**
 * Map a point of d3-contour's grid space (sample k at coordinate k + 0.5) to plot pixels. Used to
 * project contour rings: the sample at index (i, j) lands exactly on (u_i, v_j).
 */
export function gridToPlot(frame: Pick<SurfaceFrame, 'cell' | 'side'>): (gx: number, gy: number) => [number, number] {
  const { cell, side } = frame;
  return (gx, gy) => [(gx - 0.5) * cell, side - (gy - 0.5) * cell];
}

/** Keep a weight point inside the grid's extent. */
export function clampToGrid(p: UV, grid: Grid): [number, number] {
  return [clamp(p[0], grid.u[0], grid.u[1]), clamp(p[1], grid.v[0], grid.v[1])];
}

/** Plot pixels (relative to the plot area's top-left) → weights, clamped to the grid. */
export function pixelToWeights(frame: SurfaceFrame, px: number, py: number, grid: Grid): [number, number] {
  return clampToGrid([frame.x.invert(px), frame.y.invert(py)], grid);
}

/** Weights → plot pixels. */
export function weightsToPixel(frame: SurfaceFrame, p: UV): [number, number] {
  return [frame.x(p[0]), frame.y(p[1])];
}

/** Fraction of an axis's range one arrow-key press moves the point; Shift moves BIG_STEP. */
export const KEY_STEP = 0.02;
export const BIG_STEP = 0.1;

/**
 * The point after an arrow key: left/right move u, up/down move v, by KEY_STEP of the grid's range
 * (BIG_STEP with Shift), clamped to the grid. Any other key: undefined.
 */
export function keyMove(p: UV, key: string, shift: boolean, grid: Grid): [number, number] | undefined {
  const f = shift ? BIG_STEP : KEY_STEP;
  const du = (grid.u[1] - grid.u[0]) * f;
  const dv = (grid.v[1] - grid.v[0]) * f;
  const d: Record<string, readonly [number, number]> = {
    ArrowLeft: [-du, 0],
    ArrowRight: [du, 0],
    ArrowUp: [0, dv],
    ArrowDown: [0, -dv],
  };
  const step = d[key];
  if (!step) return undefined;
  return clampToGrid([p[0] + step[0], p[1] + step[1]], grid);
}

/** A number for people: 4 significant digits, no exponent noise, −0 shown as 0. */
export function fmt(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const r = Number(v.toPrecision(4));
  return Object.is(r, -0) ? '0' : String(r);
}

/** Problem with a grid or with field lengths, as a message; undefined when the plot can be drawn. */
export function gridProblem(grid: Grid, fields: readonly ArrayLike<number>[]): string | undefined {
  const { u, v, size } = grid;
  if (!(Number.isInteger(size) && size >= 2)) return 'The weight grid needs at least 2 × 2 cells.';
  if (![...u, ...v].every(Number.isFinite) || !(u[1] > u[0]) || !(v[1] > v[0])) return 'The weight range is not valid.';
  if (fields.some((f) => f.length < size * size)) return 'The surface does not match its grid.';
  return undefined;
}
