/** Scales of the data chart and the pixel ↔ data mapping (pure; D3 does the scaling and the nice rounding). */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { clamp } from '../../math/numerics';
import { SURFACE_MODELS } from '../../math/surface/models';
import type { Dataset } from '../../math/surface/types';
import { hasLabels, pointCoords } from './classStyle';

export interface Domain {
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
}

export interface ScatterFrame {
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number>;
  readonly innerWidth: number;
  readonly innerHeight: number;
}

export const MARGINS = { top: 10, right: 12, bottom: 40, left: 48 } as const;

/** Chart height for a width: about 3:4, between 240 and 480 px. */
export function defaultHeight(width: number): number {
  return Math.round(Math.min(480, Math.max(240, width * 0.72)));
}

/** Plot-area size (pixels inside the margins), at least 10×10. */
export function innerSize(width: number, height: number): readonly [w: number, h: number] {
  return [Math.max(10, width - MARGINS.left - MARGINS.right), Math.max(10, height - MARGINS.top - MARGINS.bottom)];
}

export function scatterFrame(width: number, height: number, domain: Domain): ScatterFrame {
  const [innerWidth, innerHeight] = innerSize(width, height);
  return {
    x: scaleLinear().domain(domain.x).range([0, innerWidth]),
    y: scaleLinear().domain(domain.y).range([innerHeight, 0]),
    innerWidth,
    innerHeight,
  };
}

/** The extent assumed when there is nothing to fit: regression a little taller than wide, classifiers square. */
function emptyExtent(kind: Dataset['kind']): Domain {
  return SURFACE_MODELS[kind].data.emptyExtent;
}

function niceSpan(lo: number, hi: number): [number, number] {
  const pad = hi > lo ? 0.08 * (hi - lo) : 1;
  const d = scaleLinear().domain([lo - pad, hi + pad]).nice().domain();
  return [d[0]!, d[1]!];
}

function widen([lo, hi]: readonly [number, number], span: number): [number, number] {
  const mid = (lo + hi) / 2;
  return [mid - span / 2, mid + span / 2];
}

/**
 * A window around the finite points with a margin, rounded outward to nice numbers (so small edits rarely
 * move it). The classifiers' window includes the origin (the decision boundary passes through it) and, when
 * `aspect` (plot width / height in pixels) is given, has equal units on both axes so angles are true.
 */
export function fitDomain(ds: Dataset, aspect?: number): Domain {
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < ds.n; i++) {
    const [a, b] = pointCoords(ds, i);
    if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
    x0 = Math.min(x0, a);
    x1 = Math.max(x1, a);
    y0 = Math.min(y0, b);
    y1 = Math.max(y1, b);
  }
  if (x0 > x1) {
    const e = emptyExtent(ds.kind);
    [x0, x1, y0, y1] = [e.x[0], e.x[1], e.y[0], e.y[1]];
  }
  if (!hasLabels(ds.kind)) return { x: niceSpan(x0, x1), y: niceSpan(y0, y1) };
  const x = niceSpan(Math.min(x0, 0), Math.max(x1, 0));
  const y = niceSpan(Math.min(y0, 0), Math.max(y1, 0));
  if (!aspect || !(aspect > 0)) return { x, y };
  const perPx = Math.max((x[1] - x[0]) / aspect, y[1] - y[0]);
  return { x: widen(x, perPx * aspect), y: widen(y, perPx) };
}

/** Pixel coordinates (inside the plot area) of every point, for drawing and hit-testing. */
export function pointPixels(ds: Dataset, frame: ScatterFrame): { readonly px: Float64Array; readonly py: Float64Array } {
  const px = new Float64Array(ds.n);
  const py = new Float64Array(ds.n);
  for (let i = 0; i < ds.n; i++) {
    const [a, b] = pointCoords(ds, i);
    px[i] = frame.x(a);
    py[i] = frame.y(b);
  }
  return { px, py };
}

const clampInto = (v: number, [lo, hi]: readonly [number, number]) => clamp(v, Math.min(lo, hi), Math.max(lo, hi));

/** Data coordinates of a pixel in the plot area, kept inside the window (a dragged point never leaves it). */
export function toData(frame: ScatterFrame, px: number, py: number): readonly [number, number] {
  const d = { x: frame.x.domain() as [number, number], y: frame.y.domain() as [number, number] };
  return [clampInto(frame.x.invert(px), d.x), clampInto(frame.y.invert(py), d.y)];
}

/** (a, b) kept inside the domain. */
export function clampToDomain(domain: Domain, a: number, b: number): readonly [number, number] {
  return [clampInto(a, domain.x), clampInto(b, domain.y)];
}

/** True when the pixel lies in the plot area (margins excluded), with `slack` pixels of tolerance. */
export function insidePlot(frame: ScatterFrame, px: number, py: number, slack = 0): boolean {
  return px >= -slack && py >= -slack && px <= frame.innerWidth + slack && py <= frame.innerHeight + slack;
}
