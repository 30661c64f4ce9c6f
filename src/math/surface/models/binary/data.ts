/** The binary model's data: two Gaussian classes, labels ±1. */
import { normal } from '../../../random';
import type { Rng } from '../../../types';
import { datasetOf } from '../../datasets';
import type { Dataset } from '../../types';

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
