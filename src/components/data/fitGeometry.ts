/**
 * Geometry of a model's fit over the data window (pure, data units): the regression line, the binary
 * decision boundary with its +1 half-plane, and the three argmax regions of a 3-class linear classifier.
 * Everything is a convex polygon clipped by half-planes a·x + b·y + c ≥ 0 (Sutherland–Hodgman).
 */
import type { Domain } from './scatterFrame';

export type Pt = readonly [number, number];
/** The half-plane a·x + b·y + c ≥ 0. */
export type HalfPlane = readonly [a: number, b: number, c: number];

export function rectPolygon(d: Domain): Pt[] {
  return [[d.x[0], d.y[0]], [d.x[1], d.y[0]], [d.x[1], d.y[1]], [d.x[0], d.y[1]]];
}

const near = (p: Pt, q: Pt, eps: number) => Math.abs(p[0] - q[0]) <= eps && Math.abs(p[1] - q[1]) <= eps;

/**
 * The convex polygon cut by the half-plane: `kept` is the part where a·x + b·y + c ≥ 0, `cut` the distinct
 * points where the polygon's boundary meets the line (two of them make the line's segment inside it).
 */
export function slicePolygon(poly: readonly Pt[], [a, b, c]: HalfPlane): { kept: Pt[]; cut: Pt[] } {
  const kept: Pt[] = [];
  const cut: Pt[] = [];
  const f = (p: Pt) => a * p[0] + b * p[1] + c;
  let scale = 0;
  for (const p of poly) scale = Math.max(scale, Math.abs(p[0]), Math.abs(p[1]));
  const eps = 1e-9 * Math.max(1, scale);
  const addCut = (p: Pt) => {
    if (!cut.some((q) => near(p, q, eps))) cut.push(p);
  };
  for (let i = 0; i < poly.length; i++) {
    const p = poly[i]!;
    const q = poly[(i + 1) % poly.length]!;
    const fp = f(p);
    const fq = f(q);
    if (fp >= 0) kept.push(p);
    if (fp === 0) addCut(p);
    if ((fp > 0 && fq < 0) || (fp < 0 && fq > 0)) {
      const t = fp / (fp - fq);
      const at: Pt = [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])];
      kept.push(at);
      addCut(at);
    }
  }
  return { kept: kept.length >= 3 ? kept : [], cut };
}

/** The part of the line a·x + b·y + c = 0 inside a convex polygon, or undefined when it misses it. */
export function lineInPolygon(poly: readonly Pt[], plane: HalfPlane): readonly [Pt, Pt] | undefined {
  if (!(Math.abs(plane[0]) + Math.abs(plane[1]) > 0) || !plane.every(Number.isFinite)) return undefined;
  const { cut } = slicePolygon(poly, plane);
  return cut.length >= 2 ? [cut[0]!, cut[1]!] : undefined;
}

/** The polygon cut down to where every half-plane holds (empty when nothing is left). */
export function clipPolygon(poly: readonly Pt[], planes: readonly HalfPlane[]): Pt[] {
  let out = [...poly];
  for (const h of planes) if (out.length > 0) out = slicePolygon(out, h).kept;
  return out;
}

/** The regression line y = u·x + v inside the window. */
export function regressionLine(d: Domain, u: number, v: number): readonly [Pt, Pt] | undefined {
  return lineInPolygon(rectPolygon(d), [u, -1, v]);
}

/** The boundary u·x₁ + v·x₂ = 0 and the side scored +1; undefined when (u, v) is 0 or not finite. */
export function binaryBoundary(d: Domain, u: number, v: number): { line?: readonly [Pt, Pt]; positive: Pt[] } | undefined {
  if (!Number.isFinite(u) || !Number.isFinite(v) || (u === 0 && v === 0)) return undefined;
  const rect = rectPolygon(d);
  const line = lineInPolygon(rect, [u, v, 0]);
  return { ...(line ? { line } : {}), positive: clipPolygon(rect, [[u, v, 0]]) };
}

/** Row k of a 3×3 weight matrix (row-major, last column the bias): z_k = w·[x₁, x₂, 1]. */
const row = (w: ArrayLike<number>, k: number): HalfPlane => [w[3 * k]!, w[3 * k + 1]!, w[3 * k + 2]!];
const diff = (p: HalfPlane, q: HalfPlane): HalfPlane => [p[0] - q[0], p[1] - q[1], p[2] - q[2]];

/**
 * Where each class of a 3-class linear classifier wins (z_k ≥ z_j for all j), and the segments where two
 * classes tie while beating the third. `w` is 3×3 row-major with the bias last, as a softmax3 Slice's W.
 */
export function softmaxRegions(d: Domain, w: ArrayLike<number>): { regions: Pt[][]; boundaries: (readonly [Pt, Pt])[] } | undefined {
  if (w.length !== 9 || !Array.from(w).every(Number.isFinite)) return undefined;
  const rect = rectPolygon(d);
  const rows = [0, 1, 2].map((k) => row(w, k));
  const regions = rows.map((r, k) => clipPolygon(rect, rows.filter((_, j) => j !== k).map((o) => diff(r, o))));
  const boundaries: (readonly [Pt, Pt])[] = [];
  for (const [i, j, k] of [[0, 1, 2], [0, 2, 1], [1, 2, 0]] as const) {
    const where = clipPolygon(rect, [diff(rows[i]!, rows[k]!)]);
    const seg = where.length > 0 ? lineInPolygon(where, diff(rows[i]!, rows[j]!)) : undefined;
    if (seg) boundaries.push(seg);
  }
  return { regions, boundaries };
}
