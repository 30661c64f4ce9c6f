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
  // Each curve's visible values are sorted once per range and kept, so when a slider moves one
  // curve of several only that one is sorted again; the extent and both quantiles are then read
  // off the sorted parts without merging them.
  const parts = curves.map((c) => sortedVisible(c, xDomain));
  const n = parts.reduce((k, p) => k + p.length, 0);
  if (n === 0) return [0, 1];
  const min = quantileOfSorted(parts, n, 0);
  const max = quantileOfSorted(parts, n, 1);
  const qLo = quantileOfSorted(parts, n, 1 - q);
  const qHi = quantileOfSorted(parts, n, q);
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

/**
 * The p-quantile of the union of ascending arrays holding n values in all, exactly as d3's
 * quantileSorted gives it for their merge (R-7: interpolated between ranks ⌊(n−1)p⌋ and the next).
 */
export function quantileOfSorted(parts: readonly Float64Array[], n: number, p: number): number {
  if (n === 0) return NaN;
  const i = (n - 1) * Math.min(1, Math.max(0, p));
  const i0 = Math.floor(i);
  const [v0, v1] = ranks(parts, n, i0);
  return i === i0 ? v0 : v0 + (v1 - v0) * (i - i0);
}

/**
 * The values of rank k and k + 1 (0-based, ascending; the last value twice at the top) in the
 * union of ascending arrays. The quantiles a y-fit needs lie near either end, so this walks the
 * heads (or the tails) of the arrays for at most min(k, n − k) + 2 steps.
 */
function ranks(parts: readonly Float64Array[], n: number, k: number): [number, number] {
  const fromTop = k > (n - 1) / 2;
  // From the top, rank k + 1 comes first: steps count ranks n−1, n−2, … down to k.
  const [first, last] = fromTop ? [n - 2 - k, n - 1 - k] : [k, k + 1];
  const at = parts.map((p) => (fromTop ? p.length - 1 : 0));
  let a = NaN;
  let b = NaN;
  for (let step = 0; step <= last; step++) {
    let best = -1;
    let v = NaN;
    for (let j = 0; j < parts.length; j++) {
      const p = parts[j]!;
      const h = at[j]!;
      if (h < 0 || h >= p.length) continue;
      const x = p[h]!;
      if (best < 0 || (fromTop ? x > v : x < v)) {
        best = j;
        v = x;
      }
    }
    if (best < 0) break;
    at[best] = at[best]! + (fromTop ? -1 : 1);
    if (step === first) a = v;
    if (step === last) b = v;
  }
  if (fromTop) return [b, Number.isNaN(a) ? b : a];
  return [a, Number.isNaN(b) ? a : b];
}
