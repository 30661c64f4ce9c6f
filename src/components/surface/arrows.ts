import { quantile } from 'd3-array';
import type { Grid } from '../../math/surface/types';
import { LIGHT_BELOW, type HeatScale } from './colorScale';
import type { SurfaceFrame } from './frame';
import { SvgPathData, type PathSink } from '../charts/svgPathData';

/** One arrow in plot pixels: centre (x, y) and the displacement (dx, dy) it shows. */
export interface Arrow {
  readonly x: number;
  readonly y: number;
  readonly dx: number;
  readonly dy: number;
  readonly light: boolean;
}

/** Evenly spread grid indices for `samples` arrows along an axis of `size` cells: the centres of equal bins. */
export function sampleIndices(size: number, samples: number): number[] {
  const n = Math.max(1, Math.min(samples, size));
  return Array.from({ length: n }, (_, k) => Math.min(size - 1, Math.max(0, Math.round(((k + 0.5) * size) / n - 0.5))));
}

export interface ArrowFieldOptions {
  readonly du: ArrayLike<number>;
  readonly dv: ArrayLike<number>;
  readonly value: ArrayLike<number>;
  readonly grid: Grid;
  readonly frame: Pick<SurfaceFrame, 'side' | 'cell' | 'size'>;
  readonly heat: Pick<HeatScale, 'unit'>;
  /** Arrows per axis (default 12). */
  readonly samples?: number;
}

/** Arrows shorter than this many px are left out: there the gradient is (nearly) zero. */
export const MIN_ARROW_PX = 1.5;

/**
 * The field of negative gradients on a samples×samples subgrid. Each arrow is the gradient-descent
 * displacement −(∂u, ∂v) drawn in plot pixels (so it points where a descent step goes, even when the two
 * axes have different units per pixel). Lengths are scaled so the 90th-percentile arrow fills 80 % of the
 * spacing between arrows, and longer ones are capped there: directions stay exact, sizes stay readable.
 * Samples whose value or gradient is not finite get no arrow.
 */
export function arrowField(o: ArrowFieldOptions): Arrow[] {
  const { du, dv, value, grid, frame, heat } = o;
  const { side, size } = frame;
  const samples = o.samples ?? 12;
  const sx = side / (grid.u[1] - grid.u[0]);
  const sy = side / (grid.v[1] - grid.v[0]);
  const idx = sampleIndices(size, samples);
  const raw: { x: number; y: number; ax: number; ay: number; len: number; light: boolean }[] = [];
  for (const j of idx) {
    for (const i of idx) {
      const k = j * size + i;
      const ax = -du[k]! * sx;
      const ay = dv[k]! * sy;
      const t = heat.unit(value[k]!);
      const len = Math.hypot(ax, ay);
      if (!Number.isFinite(len) || Number.isNaN(t)) continue;
      raw.push({ x: i * frame.cell, y: side - j * frame.cell, ax, ay, len, light: t < LIGHT_BELOW });
    }
  }
  const robust = quantile(raw, 0.9, (a) => a.len) ?? 0;
  if (!(robust > 0)) return [];
  const maxLen = (0.8 * side) / idx.length;
  const k = maxLen / robust;
  const out: Arrow[] = [];
  for (const a of raw) {
    const len = Math.min(a.len * k, maxLen);
    if (len < MIN_ARROW_PX) continue;
    const f = len / a.len;
    out.push({ x: a.x, y: a.y, dx: a.ax * f, dy: a.ay * f, light: a.light });
  }
  return out;
}

/** Traces many arrows into `sink`: for each, a shaft centred on (x, y) and an open head at the tip. */
export function traceArrows(arrows: readonly Arrow[], sink: PathSink): void {
  // Two barbs at ±30° from the reversed direction.
  const c = Math.cos(Math.PI / 6);
  const s = Math.sin(Math.PI / 6);
  for (const { x, y, dx, dy } of arrows) {
    const len = Math.hypot(dx, dy);
    const x1 = x + dx / 2;
    const y1 = y + dy / 2;
    const head = Math.min(5, 0.45 * len);
    const ux = dx / len;
    const uy = dy / len;
    sink.moveTo(x - dx / 2, y - dy / 2);
    sink.lineTo(x1, y1);
    sink.moveTo(x1 - head * (ux * c - uy * s), y1 - head * (uy * c + ux * s));
    sink.lineTo(x1, y1);
    sink.lineTo(x1 - head * (ux * c + uy * s), y1 - head * (uy * c - ux * s));
  }
}

/** The arrows as one SVG path (see traceArrows). */
export function arrowsPath(arrows: readonly Arrow[]): string {
  const d = new SvgPathData();
  traceArrows(arrows, d);
  return d.toString();
}
