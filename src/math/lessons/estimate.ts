import { huberAt } from '../losses/huber';
import { maeAt } from '../losses/mae';
import { mseAt } from '../losses/mse';
import { pinballAt } from '../losses/quantile';
import { mean } from '../numerics';

/**
 * What a loss estimates: the constant prediction c that minimises the mean loss (1/n) Σ ℓ(c − yᵢ) over a
 * 1-D sample y. Squared error gives the mean, absolute error the median, the pinball loss the τ-quantile,
 * Huber(δ) a robust mean in between. Residuals are r = c − y (prediction minus target), as in the registry.
 */
export type EstimateKind = 'mse' | 'mae' | 'quantile' | 'huber';
export const ESTIMATE_KINDS: readonly EstimateKind[] = ['mse', 'mae', 'quantile', 'huber'];

export interface EstimateParams {
  /** Quantile level τ ∈ [0, 1] of the pinball loss. */
  readonly tau: number;
  /** Huber's δ > 0: residuals beyond ±δ are charged linearly. */
  readonly delta: number;
}

/** The per-sample loss ℓ(r) of `kind` at residual r = c − y. */
export function lossAt(kind: EstimateKind, r: number, p: EstimateParams): number {
  switch (kind) {
    case 'mse':
      return mseAt(r);
    case 'mae':
      return maeAt(r);
    case 'quantile':
      return pinballAt(r, p.tau);
    case 'huber':
      return huberAt(r, p.delta);
  }
}

/** The mean loss (1/n) Σ ℓ(c − yᵢ) of predicting the constant c for every point of `ys` (n ≥ 1). */
export function meanLossAt(kind: EstimateKind, ys: readonly number[], c: number, p: EstimateParams): number {
  return mean(ys.map((y) => lossAt(kind, c - y, p)));
}

/** The set of minimisers: one point (lo = hi) or, where the mean loss has a flat bottom, an interval. */
export interface Optimum {
  readonly lo: number;
  readonly hi: number;
  /** The point marked on screen: the interval's midpoint. */
  readonly at: number;
}

const point = (v: number): Optimum => ({ lo: v, hi: v, at: v });
const interval = (lo: number, hi: number): Optimum => ({ lo, hi, at: lo + (hi - lo) / 2 });
const sorted = (ys: readonly number[]) => ys.toSorted((a, b) => a - b);

/**
 * Minimisers of the mean pinball loss: every c with #{y < c}/n ≤ τ ≤ #{y ≤ c}/n. With k = nτ not an
 * integer that is the order statistic y₍⌈k⌉₎; with k an integer (0 < k < n) the whole interval
 * [y₍k₎, y₍k+1₎]. τ = 0 and τ = 1 leave the set unbounded below / above; it is cut at the sample's ends.
 * nτ within 1e-9 of an integer counts as one (τ = 0.3, n = 10 is 3.0000000000000004 in float64).
 */
export function quantileOptimum(ys: readonly number[], tau: number): Optimum {
  const s = sorted(ys);
  const n = s.length;
  const k = n * tau;
  const ki = Math.round(k);
  if (Math.abs(k - ki) < 1e-9) {
    if (ki <= 0) return point(s[0]!);
    if (ki >= n) return point(s[n - 1]!);
    return interval(s[ki - 1]!, s[ki]!);
  }
  return point(s[Math.ceil(k) - 1]!);
}

/**
 * Minimiser of the mean Huber loss: the root of g(c) = Σ ψ_δ(c − yᵢ), which is continuous, non-decreasing
 * and piecewise linear with knots at yᵢ ± δ. Found exactly: the first knot where g ≥ 0, then the linear
 * piece before it. Where g is 0 on a whole piece (no point within δ, equal counts on both sides) the
 * minimisers form that interval.
 */
export function huberOptimum(ys: readonly number[], delta: number): Optimum {
  const g = (c: number) => ys.reduce((acc, y) => acc + clampAbs(c - y, delta), 0);
  const knots = sorted(ys.flatMap((y) => [y - delta, y + delta]));
  let prev = knots[0]!;
  let gPrev = g(prev);
  for (const k of knots) {
    const gk = g(k);
    if (gk === 0) {
      let end = k;
      for (const k2 of knots) if (k2 > end && g(k2) === 0) end = k2;
      return end === k ? point(k) : interval(k, end);
    }
    if (gk > 0) return point(prev + ((0 - gPrev) * (k - prev)) / (gk - gPrev));
    prev = k;
    gPrev = gk;
  }
  return point(prev);
}

const clampAbs = (r: number, d: number) => Math.max(-d, Math.min(d, r));

/** The constant prediction(s) minimising the mean loss of `kind` over `ys` (n ≥ 1). */
export function optimum(kind: EstimateKind, ys: readonly number[], p: EstimateParams): Optimum {
  switch (kind) {
    case 'mse':
      return point(mean(ys));
    case 'mae':
      return quantileOptimum(ys, 0.5);
    case 'quantile':
      return quantileOptimum(ys, p.tau);
    case 'huber':
      return huberOptimum(ys, p.delta);
  }
}

/** The sample median: the middle value, or the midpoint of the two middle values for an even count. */
export function median(ys: readonly number[]): number {
  const s = sorted(ys);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Midpoint of the smallest and largest value: what a loss that looks only at the extremes would pick. */
export function midrange(ys: readonly number[]): number {
  return (Math.min(...ys) + Math.max(...ys)) / 2;
}

/** The mean loss sampled at `count` evenly spaced predictions over `domain`, for the curve of each loss. */
export function meanLossCurve(
  kind: EstimateKind,
  ys: readonly number[],
  p: EstimateParams,
  domain: readonly [min: number, max: number],
  count: number,
): { readonly c: Float64Array; readonly loss: Float64Array } {
  const c = new Float64Array(count);
  const loss = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    c[i] = domain[0] + ((domain[1] - domain[0]) * i) / (count - 1);
    loss[i] = meanLossAt(kind, ys, c[i]!, p);
  }
  return { c, loss };
}
