import type { SurfaceFrame, UV } from './frame';

/**
 * Pixel coordinates are kept within this many plot sides of the plot: a diverging descent (weights of
 * 1e12) would otherwise write numbers SVG renderers handle badly. Everything beyond is clipped anyway.
 */
const FAR = 20;

const r1 = (v: number) => Math.round(v * 10) / 10;

function project(frame: Pick<SurfaceFrame, 'x' | 'y' | 'side'>, p: UV): [number, number] | undefined {
  const lim = FAR * frame.side;
  const px = frame.x(p[0]);
  const py = frame.y(p[1]);
  if (!Number.isFinite(px) || !Number.isFinite(py)) return undefined;
  return [Math.max(-lim, Math.min(lim, px)), Math.max(-lim, Math.min(lim, py))];
}

/**
 * SVG path of a polyline through weight points; a point that is not finite breaks the line (nothing
 * undefined is drawn). `closed` joins the last point back to the first when none is missing.
 */
export function polylinePath(points: readonly UV[], frame: Pick<SurfaceFrame, 'x' | 'y' | 'side'>, closed = false): string {
  let d = '';
  let pen = false;
  let whole = true;
  for (const p of points) {
    const q = project(frame, p);
    if (!q) {
      pen = false;
      whole = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${r1(q[0])},${r1(q[1])}`;
    pen = true;
  }
  return closed && whole && points.length > 2 ? `${d}Z` : d;
}

/** Dots at the finite points, as one path of zero-length segments (draw with a round line cap). */
export function dotsPath(points: readonly UV[], frame: Pick<SurfaceFrame, 'x' | 'y' | 'side'>): string {
  let d = '';
  for (const p of points) {
    const q = project(frame, p);
    if (q) d += `M${r1(q[0])},${r1(q[1])}h0`;
  }
  return d;
}
