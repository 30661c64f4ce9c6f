import { quantileSorted } from 'd3-array';

/** One sampled curve: y[i] at x[i]; non-finite y is a gap. */
export interface SampledXY {
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
}

export interface YFitOptions {
  /** Stretch the domain to include 0 (a loss starts at 0 when all its values are ≥ 0). */
  readonly includeZero?: boolean;
  /** Quantile of the visible values taken as "typical" at each end (default 0.98). */
  readonly q?: number;
  /** Headroom beyond the typical range, as a fraction of its span (default 0.5). */
  readonly headroom?: number;
}

/** The finite y values of the curves whose x lies inside [x0, x1]. */
export function visibleValues(curves: readonly SampledXY[], xDomain: readonly [number, number]): Float64Array {
  const [x0, x1] = xDomain;
  let n = 0;
  for (const c of curves) n += c.y.length;
  const out = new Float64Array(n);
  let k = 0;
  for (const c of curves) {
    const len = Math.min(c.x.length, c.y.length);
    for (let i = 0; i < len; i++) {
      const x = c.x[i]!;
      const y = c.y[i]!;
      if (x >= x0 && x <= x1 && Number.isFinite(y)) out[k++] = y;
    }
  }
  return out.subarray(0, k);
}

/**
 * A y-domain that shows the visible finite values, robust to a curve that blows up at an edge
 * (−log p as p → 0, 1/|r| near 0). Each end is the extreme value, but no further out than the
 * q-quantile (1−q at the bottom) plus `headroom` times the quantile span; whatever lies beyond
 * leaves the frame. A parabola or an exponential over the window is not cut; a spike is.
 * Always finite with lo < hi; [0, 1] when nothing is visible.
 */
export function fitYDomain(
  curves: readonly SampledXY[],
  xDomain: readonly [number, number],
  opts: YFitOptions = {},
): [number, number] {
  const { includeZero = false, q = 0.98, headroom = 0.5 } = opts;
  // Sorted values give the extent and both quantiles; each curve's are sorted once per range and
  // kept, so when a slider moves one curve of several only that one is sorted again.
  const values = mergeSorted(curves.map((c) => sortedVisible(c, xDomain)));
  if (values.length === 0) return [0, 1];
  const min = values[0]!;
  const max = values[values.length - 1]!;
  // quantileSorted only indexes and reads length, so the typed array serves (its typings want an Array).
  const sorted = values as unknown as number[];
  const qLo = quantileSorted(sorted, 1 - q)!;
  const qHi = quantileSorted(sorted, q)!;
  const span = qHi - qLo || Math.abs(qHi) || 1;
  let lo = Math.max(min, qLo - headroom * span);
  let hi = Math.min(max, qHi + headroom * span);
  if (includeZero) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  if (hi - lo <= Math.abs(hi) * 1e-12) {
    const pad = Math.abs(hi) * 0.1 || 1;
    return includeZero && hi === 0 ? [0, 1] : [lo - pad, hi + pad];
  }
  return [lo, hi];
}

const sortedCache = new WeakMap<object, { readonly x: ArrayLike<number>; readonly x0: number; readonly x1: number; readonly v: Float64Array }>();

/** visibleValues of one curve, sorted ascending; cached per y-array and range. */
function sortedVisible(c: SampledXY, [x0, x1]: readonly [number, number]): Float64Array {
  const hit = sortedCache.get(c.y);
  if (hit && hit.x === c.x && hit.x0 === x0 && hit.x1 === x1) return hit.v;
  const v = visibleValues([c], [x0, x1]).toSorted();
  sortedCache.set(c.y, { x: c.x, x0, x1, v });
  return v;
}

/** One ascending array from several ascending ones (pairwise merges). */
export function mergeSorted(parts: readonly Float64Array[]): Float64Array {
  let layer = [...parts];
  if (layer.length === 0) return new Float64Array(0);
  while (layer.length > 1) {
    const next: Float64Array[] = [];
    for (let i = 0; i < layer.length; i += 2) next.push(i + 1 < layer.length ? merge2(layer[i]!, layer[i + 1]!) : layer[i]!);
    layer = next;
  }
  return layer[0]!;
}

function merge2(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i]! <= b[j]! ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}
