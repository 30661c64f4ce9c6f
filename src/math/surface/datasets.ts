/** Random data generators for the three surface models; presets.ts names and seeds them. */
import { normal, uniform } from '../random';
import type { Rng } from '../types';
import type { Dataset, ModelKind } from './types';

/** The most points a dataset may hold after user edits (adding stops there). */
export const MAX_POINTS = 500;

/** A Dataset from rows: x has n·d numbers (row-major), y has n. Copies its inputs. */
export function datasetOf(kind: ModelKind, d: number, x: ArrayLike<number>, y: ArrayLike<number>): Dataset {
  return { kind, n: y.length, d, x: Float64Array.from(x), y: Float64Array.from(y) };
}

/** Regression y = 1.5·x + 0.5 + σ·noise for x uniform in [−3, 3]; a share of points pushed up by 6–9. */
export function line(rng: Rng, n: number, sigma: number, outlierShare: number): Dataset {
  const x: number[] = [];
  const y: number[] = [];
  const outliers = Math.round(outlierShare * n);
  for (let i = 0; i < n; i++) {
    const xi = uniform(rng, -3, 3);
    x.push(xi);
    y.push(1.5 * xi + 0.5 + sigma * normal(rng) + (i < outliers ? uniform(rng, 6, 9) : 0));
  }
  return datasetOf('regression', 1, x, y);
}

const MU: readonly [number, number] = [1.2, 0.8];

/**
 * Two Gaussian classes at ±μ (σ = spread), labels ±1, positives a `positive` share of n. With `gap` > 0 a
 * point is redrawn until its margin y·⟨x, μ/‖μ‖⟩ ≥ gap, which makes the data separable through the origin.
 * `flipped` of the points are placed deep on the wrong side (2.2·μ with the other label).
 */
export function blobs2(rng: Rng, n: number, o: { spread: number; positive: number; gap: number; flipped: number }): Dataset {
  const x: number[] = [];
  const y: number[] = [];
  const norm = Math.hypot(MU[0], MU[1]);
  const positives = Math.round(o.positive * n);
  const flipped = Math.round(o.flipped * n);
  for (let i = 0; i < n; i++) {
    const label = i < positives ? 1 : -1;
    let a = 0;
    let b = 0;
    for (let tries = 0; tries < 100; tries++) {
      a = label * MU[0] + o.spread * normal(rng);
      b = label * MU[1] + o.spread * normal(rng);
      if (label * (a * MU[0] + b * MU[1]) >= o.gap * norm) break;
    }
    if (i >= n - flipped) {
      a = -label * (2.2 * MU[0] + 0.3 * normal(rng));
      b = -label * (2.2 * MU[1] + 0.3 * normal(rng));
    }
    x.push(a, b);
    y.push(label);
  }
  return datasetOf('binary', 2, x, y);
}

/** Class centres of the 3-class data: radius 2 at 90°, 210° and 330°, shifted by (0.5, −0.3). */
export const CENTRES: readonly (readonly [number, number])[] = [90, 210, 330].map((deg) => {
  const t = (deg * Math.PI) / 180;
  return [0.5 + 2 * Math.cos(t), -0.3 + 2 * Math.sin(t)] as const;
});

/** Three Gaussian blobs (σ = spread), class i % 3; with `gap` > 0 each point is redrawn until its own centre
 *  is nearer than any other by `gap` (nearest-centre regions are linear, so the data is linearly separable). */
export function blobs3(rng: Rng, n: number, spread: number, gap: number): Dataset {
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = i % 3;
    const [cx, cy] = CENTRES[c]!;
    let a = 0;
    let b = 0;
    for (let tries = 0; tries < 100; tries++) {
      a = cx + spread * normal(rng);
      b = cy + spread * normal(rng);
      const own = Math.hypot(a - cx, b - cy);
      if (CENTRES.every(([ox, oy], k) => k === c || Math.hypot(a - ox, b - oy) - own >= gap)) break;
    }
    x.push(a, b);
    y.push(c);
  }
  return datasetOf('softmax3', 2, x, y);
}
