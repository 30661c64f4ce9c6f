import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

export interface Margins {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export interface PlotFrame {
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number>;
  readonly innerWidth: number;
  readonly innerHeight: number;
}

/** Scales for a plot area of `width`×`height` pixels less the margins; y is niced for readable ticks. */
export function plotFrame(opts: {
  width: number;
  height: number;
  margins: Margins;
  xDomain: readonly [number, number];
  yDomain: readonly [number, number];
}): PlotFrame {
  const innerWidth = Math.max(10, opts.width - opts.margins.left - opts.margins.right);
  const innerHeight = Math.max(10, opts.height - opts.margins.top - opts.margins.bottom);
  const x = scaleLinear().domain(opts.xDomain).range([0, innerWidth]);
  const y = scaleLinear().domain(opts.yDomain).range([innerHeight, 0]).nice();
  return { x, y, innerWidth, innerHeight };
}

/**
 * SVG path for y(x); NaN points break the line into segments (nothing undefined is drawn),
 * and y is clamped a little beyond the plot so a steep curve leaves the frame cleanly.
 */
export function curvePath(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  frame: Pick<PlotFrame, 'x' | 'y' | 'innerHeight'>,
): string {
  const pad = frame.innerHeight;
  const gen = line<number>()
    .defined((i) => Number.isFinite(ys[i]!))
    .x((i) => frame.x(xs[i]!))
    .y((i) => Math.max(-pad, Math.min(2 * pad, frame.y(ys[i]!))));
  return gen(Array.from({ length: xs.length }, (_, i) => i)) ?? '';
}
