import type { ScaleLinear } from 'd3-scale';
import { bisector } from 'd3-array';
import { line } from 'd3-shape';
import { keepPoints } from './simplify';
import { SvgPathData } from './svgPathData';

export interface Margins {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** The scales of one plot area and its height in pixels. */
export interface PlotFrame {
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number>;
  readonly innerHeight: number;
}

/** How far (px) a drawn curve may stray from its samples so that straight stretches need fewer points. */
const SIMPLIFY_PX = 0.2;

/**
 * SVG path for y(x); NaN points break the line into segments (nothing undefined is drawn),
 * and y is clamped a little beyond the plot so a steep curve leaves the frame cleanly.
 * Coordinates are rounded to 0.1 px, and points the eye cannot tell from a straight line
 * through their neighbours (within SIMPLIFY_PX) are left out.
 */
export function curvePath(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  frame: PlotFrame,
): string {
  const pad = frame.innerHeight;
  const n = Math.min(xs.length, ys.length);
  const px = new Float64Array(n);
  const py = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    px[i] = frame.x(xs[i]!);
    py[i] = Math.max(-pad, Math.min(2 * pad, frame.y(ys[i]!)));
  }
  const defined = (i: number) => Number.isFinite(ys[i]!) && Number.isFinite(px[i]!) && Number.isFinite(py[i]!);
  const writer = new SvgPathData();
  line<number>()
    .defined(defined)
    .x((i) => px[i]!)
    .y((i) => py[i]!)
    // d3-shape drives any object with the canvas path methods; it needs only the three above.
    .context(writer as unknown as CanvasRenderingContext2D)(keepPoints(px, py, defined, SIMPLIFY_PX));
  return writer.toString();
}

// The last path drawn from each y-array, with the frame it was drawn in. A slider usually changes one
// curve of several; the others keep their arrays (useCurves caches them) and so their paths.
const pathCache = new WeakMap<object, { readonly x: ArrayLike<number>; readonly frame: string; readonly d: string }>();

function frameKey(frame: PlotFrame): string {
  return `${frame.x.domain()}|${frame.x.range()}|${frame.y.domain()}|${frame.y.range()}|${frame.innerHeight}`;
}

/** curvePath, reusing the string last built for the same arrays in the same frame. */
export function cachedCurvePath(xs: ArrayLike<number>, ys: ArrayLike<number>, frame: PlotFrame): string {
  const key = frameKey(frame);
  const hit = pathCache.get(ys);
  if (hit && hit.x === xs && hit.frame === key) return hit.d;
  const d = curvePath(xs, ys, frame);
  pathCache.set(ys, { x: xs, frame: key, d });
  return d;
}

const byX = bisector((x: number) => x).left;

/**
 * y at `x` by linear interpolation between the samples around it (xs ascending); NaN outside
 * the samples or where either neighbour is undefined, so a marker never sits on a gap.
 */
export function valueAt(xs: ArrayLike<number>, ys: ArrayLike<number>, x: number): number {
  const n = Math.min(xs.length, ys.length);
  if (n === 0 || !Number.isFinite(x) || x < xs[0]! || x > xs[n - 1]!) return NaN;
  const i = byX(xs, x, 0, n);
  if (xs[i] === x) return Number.isFinite(ys[i]!) ? ys[i]! : NaN;
  const x0 = xs[i - 1]!;
  const x1 = xs[i]!;
  const y0 = ys[i - 1]!;
  const y1 = ys[i]!;
  if (!Number.isFinite(y0) || !Number.isFinite(y1)) return NaN;
  return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
}
