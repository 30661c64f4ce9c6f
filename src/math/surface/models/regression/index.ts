/** The regression model f = w·x + b on 1-D data: the surface is over (u, v) = (slope w, bias b). */
import { seededRng } from '../../../random';
import type { ProfileGlsl } from '../../glsl';
import type { PresetSpec, SurfaceModel } from '../../model';
import { capacityFor } from '../../pack';
import type { Grid } from '../../types';
import { classWeights, guardedPieces, scalarPieces, type Columns } from '../scalar';
import { line } from './data';

const GRID: Grid = { u: [-1, 4], v: [-3, 4], size: 128 };

const preset = (id: string, title: string, description: string, sigma: number, outliers: number): PresetSpec => ({
  id,
  title,
  description,
  defaultN: 60,
  grid: GRID,
  generator: (seed, n) => line(seededRng(seed), n, sigma, outliers),
});

export const regression: SurfaceModel<'regression', Columns, ProfileGlsl> = {
  kind: 'regression',
  title: 'Regression: y ≈ w·x + b',
  axisTitles: ['slope w', 'bias b'],
  weightAxes: 'u',
  fit: 'line',
  region: 'band',
  costPerSample: 1,
  tex: {
    objective: 'J(w, b) = \\frac{1}{N}\\sum_{i=1}^{N} \\ell\\big(w x_i + b - y_i\\big)',
    gradient:
      "\\frac{\\partial J}{\\partial w} = \\frac{1}{N}\\sum_i \\ell'(r_i)\\,x_i{{reg_grad}}, \\quad \\frac{\\partial J}{\\partial b} = \\frac{1}{N}\\sum_i \\ell'(r_i)",
    weights: 'w',
    bias: 'The bias',
  },
  opening: { losses: ['mse', 'huber'], preset: 'reg-outliers', lr: 0.1, colorScale: 'log' },
  data: { d: 1, axes: ['x', 'y'], axisLabels: ['x', 'y'], emptyExtent: { x: [-3, 3], y: [-4, 6] } },
  presets: [
    preset('reg-clean', 'Clean line', 'Points close to the line y = 1.5x + 0.5: every loss finds the same fit.', 0.25, 0),
    preset('reg-noisy', 'Noisy line', 'The same line with heavy Gaussian noise: a wider, flatter valley.', 1.2, 0),
    preset(
      'reg-outliers',
      'Line with outliers',
      'One point in ten pushed far above the line: MSE moves towards them, MAE and Huber barely do.',
      0.25,
      0.1,
    ),
  ],
  columns: (ds) => ({ a: Float64Array.from(ds.x), b: new Float64Array(ds.n).fill(1), y: Float64Array.from(ds.y) }),
  weightMap: () => ({ o: Float64Array.of(0), p: Float64Array.of(1), q: Float64Array.of(0) }),
  pack(ds) {
    const capacity = capacityFor(ds.n);
    const rows = new Float32Array(2 * capacity);
    for (let i = 0; i < ds.n; i++) {
      rows[2 * i] = ds.x[i]!;
      rows[2 * i + 1] = ds.y[i]!;
    }
    return { rows, n: ds.n, capacity, split: [ds.n, ds.n] };
  },
  // A packed sample s is (x, y).
  program: (glsl) =>
    glsl.guarded
      ? // A typed loss (ProfileGlsl.guarded): the residual as below.
        guardedPieces('u * s.x + v - s.y', ['s.x', '1.0'])
      : scalarPieces(
      glsl.pair
        ? // ℓ(f, y) with f = u·x + v; acc.w keeps the smallest guard (≤ 0: an undefined sample, skipped).
          `
  float f = u * s.x + v;
  float y = s.y;
  float guard = ${glsl.pair.guard};
  acc.w = min(acc.w, guard);
  if (!(guard > 0.0)) return;
  vec2 l = sampleAt(f, y);
  acc += vec4(l.x, l.y * s.x, l.y, 0.0);`
        : // residual r = u·x + v − y: ∂r/∂u = x, ∂r/∂v = 1.
          `
  vec2 l = profileAt(u * s.x + v - s.y);
  acc += vec4(l.x, l.y * s.x, l.y, 0.0);`,
      glsl.pair?.refineBelow,
    ),
  programUniforms: (_req, glsl, params) => [[...classWeights(glsl, params)]],
};
