/**
 * Edits a person makes to a dataset, each returning a NEW Dataset (the input is never changed), and the
 * check that turns bad data (empty, non-finite, wrong labels) into one clear sentence.
 */
import { normal, seededRng, uniform } from '../random';
import { checkData } from './dataCheck';
import { MAX_POINTS } from './datasets';
import { SURFACE_MODELS } from './models';
import type { Dataset } from './types';

/** Where a point sits on the data chart: (x, target) for regression, (x₁, x₂) for the classifiers. */
export type PointAt = readonly [a: number, b: number];

/** The problem with a dataset in one sentence, or undefined when every model can use it. */
export function checkDataset(ds: Dataset): string | undefined {
  const model = Object.hasOwn(SURFACE_MODELS, ds.kind) ? SURFACE_MODELS[ds.kind] : undefined;
  if (model === undefined) return `unknown model kind "${String(ds.kind)}"`;
  return checkData(ds, model.data);
}

/** The classes of `ds`'s model, or undefined when its target is a number (a point is then (x, target)). */
function labelsOf(ds: Dataset) {
  return SURFACE_MODELS[ds.kind].data.labels;
}

function rebuild(ds: Dataset, x: ArrayLike<number>, y: ArrayLike<number>): Dataset {
  return { kind: ds.kind, n: y.length, d: ds.d, x: Float64Array.from(x), y: Float64Array.from(y) };
}

/** Point i moved to `to`; its label is kept (for regression `to` is (x, target)). Out-of-range i: a copy. */
export function movePoint(ds: Dataset, i: number, to: PointAt): Dataset {
  const x = Float64Array.from(ds.x);
  const y = Float64Array.from(ds.y);
  if (i >= 0 && i < ds.n) {
    if (!labelsOf(ds)) {
      x[i] = to[0];
      y[i] = to[1];
    } else {
      x[2 * i] = to[0];
      x[2 * i + 1] = to[1];
    }
  }
  return rebuild(ds, x, y);
}

/**
 * A point appended at `at` with `label` (binary ±1, default +1; softmax3 a class id, default 0; ignored
 * for regression, where `at` is (x, target)). At MAX_POINTS points the dataset is returned unchanged.
 */
export function addPoint(ds: Dataset, at: PointAt, label?: number): Dataset {
  if (ds.n >= MAX_POINTS) return ds;
  const labels = labelsOf(ds);
  if (!labels) return rebuild(ds, [...ds.x, at[0]], [...ds.y, at[1]]);
  return rebuild(ds, [...ds.x, at[0], at[1]], [...ds.y, label ?? labels.values[0]!]);
}

/** Point i removed. Out-of-range i: a copy. */
export function deletePoint(ds: Dataset, i: number): Dataset {
  const keep = (_: number, k: number) => Math.floor(k / ds.d) !== i;
  return rebuild(
    ds,
    ds.x.filter(keep),
    ds.y.filter((_, k) => k !== i),
  );
}

/** Least-squares line y ≈ a·x + b of regression data (b = mean y when every x is the same). */
function leastSquares(ds: Dataset): { a: number; b: number; spread: number } {
  let mx = 0;
  let my = 0;
  for (let i = 0; i < ds.n; i++) {
    mx += ds.x[i]! / ds.n;
    my += ds.y[i]! / ds.n;
  }
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < ds.n; i++) {
    sxy += (ds.x[i]! - mx) * (ds.y[i]! - my);
    sxx += (ds.x[i]! - mx) ** 2;
  }
  const a = sxx > 0 ? sxy / sxx : 0;
  let ss = 0;
  for (let i = 0; i < ds.n; i++) ss += (ds.y[i]! - a * ds.x[i]! - (my - a * mx)) ** 2;
  return { a, b: my - a * mx, spread: Math.sqrt(ss / ds.n) };
}

/** Mean of the points with label `c` (undefined when there are none). */
function classMean(ds: Dataset, c: number): [number, number] | undefined {
  let a = 0;
  let b = 0;
  let k = 0;
  for (let i = 0; i < ds.n; i++) {
    if (ds.y[i] !== c) continue;
    a += ds.x[2 * i]!;
    b += ds.x[2 * i + 1]!;
    k++;
  }
  return k === 0 ? undefined : [a / k, b / k];
}

/**
 * One outlier added far from the fit, chosen by `seed`. Regression: at a random x inside the data's range, a
 * target max(5, 6·residual spread) above or below the least-squares line. Classifiers: a point deep inside
 * another class (1.8 × that class's mean) carrying a wrong label. Empty data or MAX_POINTS: unchanged.
 */
export function injectOutlier(ds: Dataset, seed: number): Dataset {
  if (ds.n === 0) return ds;
  const rng = seededRng(seed);
  const classes = labelsOf(ds);
  if (!classes) {
    const { a, b, spread } = leastSquares(ds);
    const x = uniform(rng, Math.min(...ds.x), Math.max(...ds.x));
    const side = rng() < 0.5 ? -1 : 1;
    return addPoint(ds, [x, a * x + b + side * Math.max(5, 6 * spread)]);
  }
  const labels = classes.values.toSorted((p, q) => p - q);
  const wrong = labels[Math.floor(rng() * labels.length)]!;
  const others = labels.filter((c) => c !== wrong && classMean(ds, c) !== undefined);
  const host = others.length > 0 ? others[Math.floor(rng() * others.length)]! : wrong;
  const [ma, mb] = classMean(ds, host) ?? [1, 1];
  const scale = host === wrong ? -1.8 : 1.8;
  return addPoint(ds, [scale * ma + 0.2 * normal(rng), scale * mb + 0.2 * normal(rng)], wrong);
}
