import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { CURVE_WIDTH, dashOf, DOT_RADIUS, DOT_RING, type PanelLine } from './curveStyle';
import { cachedCurvePath, type PlotFrame } from './geometry';
import { useDevicePixelRatio } from './useDevicePixelRatio';

/** A cursor dot: the curve's value at the crosshair, in plot pixels. */
export interface CursorDot {
  readonly id: string;
  readonly color: string;
  readonly cy: number;
}

export interface CurveCanvasProps {
  readonly lines: readonly PanelLine[];
  readonly frame: PlotFrame;
  readonly innerWidth: number;
  /** Where the plot area starts inside the panel (its margins), in CSS pixels. */
  readonly left: number;
  readonly top: number;
  /** The crosshair's x in plot pixels, or undefined when it is off the plot; the dots sit on it. */
  readonly cx: number | undefined;
  readonly dots: readonly CursorDot[];
  /** Stroke width of the curves, CSS px; written to data-line-width. */
  readonly curveWidth?: number;
}

/** Room around the plot area for cursor dots on its edge (their radius and ring). */
const PAD = Math.ceil(DOT_RADIUS + DOT_RING);

/**
 * The curves and cursor dots of one panel drawn on a canvas over the panel's SVG (axes, grid,
 * crosshair), with the same geometry as the SVG paths: the same samples, simplification, gaps at
 * undefined points and clamping (curvePath). While a slider moves, redrawing this canvas costs the
 * browser a fraction of what changing an SVG path does (no path layout, no repaint of the axes' text,
 * no re-raster of the panel's tiles). The canvas is decoration for assistive technology: the panel's
 * accessible name, the readout and the formulas carry the numbers.
 */
export function CurveCanvas({ lines, frame, innerWidth, left, top, cx, dots, curveWidth = CURVE_WIDTH }: CurveCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const dpr = useDevicePixelRatio();
  const { innerHeight } = frame;
  const cssWidth = innerWidth + 2 * PAD;
  const cssHeight = innerHeight + 2 * PAD;

  // Each curve's Path2D, parsed again only when its path data changed (cachedCurvePath hands back
  // the very string of a curve a slider did not move, so the comparison is instant); a held object,
  // not render state. A cursor move reuses them all.
  const [parsed] = useState(() => new Map<string, { d: string; path: Path2D }>());
  const paths = useMemo(() => {
    if (typeof Path2D === 'undefined') return [];
    const out = lines.map((line) => {
      const d = cachedCurvePath(line.x, line.y, frame);
      const hit = parsed.get(line.id);
      const path = hit && hit.d === d ? hit.path : new Path2D(d);
      parsed.set(line.id, { d, path });
      return { line, path };
    });
    for (const id of parsed.keys()) if (!lines.some((l) => l.id === id)) parsed.delete(id);
    return out;
  }, [parsed, lines, frame]);
  // A browser may drop a 2D canvas's pixels under memory pressure; it says so when they can be
  // drawn again, and then the last picture is drawn anew.
  const redraw = useRef(() => {});
  useEffect(() => {
    const c = ref.current;
    if (!c) return undefined;
    const restored = () => redraw.current();
    c.addEventListener('contextrestored', restored);
    return () => c.removeEventListener('contextrestored', restored);
  }, []);

  useLayoutEffect(() => {
    redraw.current = draw;
    draw();
    function draw() {
      const ctx = ref.current?.getContext('2d');
      if (!ctx) return;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, cssWidth, cssHeight);
      ctx.translate(PAD, PAD);
      ctx.save();
      ctx.beginPath();
      ctx.rect(0, 0, innerWidth, innerHeight);
      ctx.clip();
      ctx.lineWidth = curveWidth;
      ctx.lineJoin = 'round';
      for (const { line, path } of paths) {
        ctx.strokeStyle = line.color;
        ctx.setLineDash(dashOf(line) as number[]);
        ctx.stroke(path);
      }
      ctx.restore();
      if (cx === undefined) return;
      for (const d of dots) {
        // A ring of whatever lies behind the canvas (the panel) around each dot, as the SVG dots'
        // panel-coloured stroke gives, without knowing the theme's colour: cut it out, then fill.
        ctx.globalCompositeOperation = 'destination-out';
        ctx.beginPath();
        ctx.arc(cx, d.cy, DOT_RADIUS + DOT_RING / 2, 0, 2 * Math.PI);
        ctx.fill();
        ctx.globalCompositeOperation = 'source-over';
        ctx.fillStyle = d.color;
        ctx.beginPath();
        ctx.arc(cx, d.cy, DOT_RADIUS - DOT_RING / 2, 0, 2 * Math.PI);
        ctx.fill();
      }
    }
  }, [paths, cx, dots, dpr, cssWidth, cssHeight, innerWidth, innerHeight, curveWidth]);

  return (
    <canvas
      ref={ref}
      className="curve-canvas"
      aria-hidden="true"
      width={Math.round(cssWidth * dpr)}
      height={Math.round(cssHeight * dpr)}
      style={{ left: left - PAD, top: top - PAD, width: cssWidth, height: cssHeight }}
      data-series={lines.map((l) => l.id).join(' ')}
      data-samples={lines.map((l) => l.x.length).join(' ')}
      data-dots={dots.length}
      data-line-width={curveWidth}
    />
  );
}
