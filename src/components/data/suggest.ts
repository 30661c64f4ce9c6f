/** Where the toolbar puts a new point, and the seed of each injected outlier (pure, deterministic). */
import type { PointAt } from '../../math/surface/edits';
import { SURFACE_MODELS } from '../../math/surface/models';
import type { Dataset } from '../../math/surface/types';
import { defaultLabel, pointCoords } from './classStyle';

const GOLDEN = 0.6180339887498949;
const GOLDEN_ANGLE = 2.399963229728653;

/** Mean of the finite points with label `label` (every point for regression), and how many there were. */
function centre(ds: Dataset, label: number | undefined): { at: [number, number]; count: number } {
  let a = 0;
  let b = 0;
  let count = 0;
  for (let i = 0; i < ds.n; i++) {
    if (label !== undefined && ds.y[i] !== label) continue;
    const [p, q] = pointCoords(ds, i);
    if (!Number.isFinite(p) || !Number.isFinite(q)) continue;
    a += p;
    b += q;
    count++;
  }
  return { at: count > 0 ? [a / count, b / count] : [0, 0], count };
}

/** Least-squares prediction a·x + b at `x` over the finite regression points (their mean when x is constant). */
function lineAt(ds: Dataset, x: number): number {
  const { at: [mx, my], count } = centre(ds, undefined);
  if (count === 0) return 0;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < ds.n; i++) {
    if (!Number.isFinite(ds.x[i]!) || !Number.isFinite(ds.y[i]!)) continue;
    sxy += (ds.x[i]! - mx) * (ds.y[i]! - my);
    sxx += (ds.x[i]! - mx) ** 2;
  }
  return my + (sxx > 0 ? sxy / sxx : 0) * (x - mx);
}

/**
 * A sensible spot for an added point. Regression: on the least-squares line at an x spread through the data's
 * range by a golden-ratio sequence (so repeated adds do not pile up). Classifiers: near the mean of the chosen
 * class (a default centre when it has no points), offset on a small golden-angle spiral.
 */
export function newPointSpot(ds: Dataset, label?: number): PointAt {
  const k = ds.n + 1;
  const labels = SURFACE_MODELS[ds.kind].data.labels;
  if (!labels) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const x of ds.x) if (Number.isFinite(x)) [lo, hi] = [Math.min(lo, x), Math.max(hi, x)];
    if (lo > hi) [lo, hi] = [-3, 3];
    const x = lo + ((k * GOLDEN) % 1) * (hi - lo);
    return [x, lineAt(ds, x)];
  }
  const c = label ?? defaultLabel(ds.kind);
  const { at, count } = centre(ds, c);
  const base: readonly [number, number] = count > 0 ? at : labels.home(c);
  const r = 0.15 + 0.1 * (k % 4);
  return [base[0] + r * Math.cos(k * GOLDEN_ANGLE), base[1] + r * Math.sin(k * GOLDEN_ANGLE)];
}

/** The seed of the outlier injected into a dataset of `n` points made from `seed`: repeatable, new for each n. */
export function outlierSeed(seed: number, n: number): number {
  return (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(n + 1, 0x85ebca6b)) >>> 0;
}
