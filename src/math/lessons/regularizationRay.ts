import { makeObjective } from '../surface/objective';
import { makeDataset } from '../surface/presets';
import type { ObjectiveSpec } from '../surface/types';

/**
 * "W is not unique": the surface view's separable data (preset bin-separable, seed 4) under the hinge loss,
 * walked along the ray w = c·d from the origin in a direction d that separates it. Once every margin
 * y·(w·x) reaches 1, at c₀ = 1 / min_i y_i(d·x_i), the data loss is exactly 0 for every larger c, so the
 * data alone cannot pick one W; λ‖w‖² grows like λc² and picks a finite one.
 */
const DATA = makeDataset('bin-separable', 4)!;
const norm = Math.hypot(1.2, 0.8);
export const RAY_DIRECTION: readonly [number, number] = [1.2 / norm, 0.8 / norm];

const spec = (lambda: number): ObjectiveSpec => ({
  dataset: DATA,
  lossId: 'hinge',
  params: { margin: 1 },
  reg: lambda > 0 ? { kind: 'l2', lambda, l1Ratio: 0 } : { kind: 'none' },
});

/** c₀: the smallest scale at which every point has margin ≥ 1 (zero hinge loss). */
export function zeroLossScale(): number {
  const [a, b] = RAY_DIRECTION;
  let least = Infinity;
  for (let i = 0; i < DATA.n; i++) least = Math.min(least, DATA.y[i]! * (a * DATA.x[2 * i]! + b * DATA.x[2 * i + 1]!));
  return 1 / least;
}

export interface RayPoint {
  /** Mean hinge loss at w = c·d. */
  readonly data: number;
  /** Data loss + λ‖w‖². */
  readonly penalized: number;
  /** d/dc of each. */
  readonly dData: number;
  readonly dPenalized: number;
}

/** The objective along the ray, with and without λ‖w‖² (λ ≥ 0), as a function of the scale c. */
export function alongRay(lambda: number): (c: number) => RayPoint {
  const [a, b] = RAY_DIRECTION;
  const plainAt = makeObjective(spec(0));
  const penAt = makeObjective(spec(lambda));
  return (c) => {
    const plain = plainAt(c * a, c * b);
    const pen = penAt(c * a, c * b);
    return { data: plain.value, penalized: pen.value, dData: plain.du * a + plain.dv * b, dPenalized: pen.du * a + pen.dv * b };
  };
}
