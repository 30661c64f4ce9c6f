/** The 3-class model's data: three Gaussian blobs around fixed centres. */
import { normal } from '../../../random';
import type { Rng } from '../../../types';
import { datasetOf } from '../../datasets';
import type { DataSpec } from '../../model';
import type { Dataset } from '../../types';

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

/** Two inputs and a class id 0, 1 or 2 per point. */
export const SOFTMAX3_DATA: DataSpec = {
  d: 2,
  axes: ['x1', 'x2'],
  axisLabels: ['x₁', 'x₂'],
  labels: {
    values: [0, 1, 2],
    names: ['0', '1', '2'],
    word: 'class',
    rule: 'class ids must be 0, 1 or 2',
    home: (c) => CENTRES[c] ?? [0, 0],
  },
  emptyExtent: { x: [-3, 3], y: [-3, 3] },
};
