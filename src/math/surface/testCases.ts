/** Fixtures shared by the surface tests: one request per supported (model, loss) pair, with varied parameters. */
import { datasetOf } from './datasets';
import { makeDataset } from './presets';
import { softmaxSlice } from './softmaxSlice';
import { SURFACE_LOSSES, type Dataset, type Grid, type SurfaceRequest } from './types';
import type { Params } from '../types';

/** Positive x and targets, so msle is defined on the whole test grid. */
export const POSITIVE_LINE: Dataset = datasetOf(
  'regression',
  1,
  Array.from({ length: 40 }, (_, i) => 0.1 + (i * 3) / 40),
  Array.from({ length: 40 }, (_, i) => 0.5 + 1.5 * (0.1 + (i * 3) / 40) + 0.3 * Math.sin(i)),
);

const PARAMS: Readonly<Record<string, Params>> = {
  huber: { delta: 0.7 },
  smooth_l1: { beta: 0.6 },
  quantile: { tau: 0.8 },
  hinge: { margin: 1.2 },
  squared_hinge: { margin: 0.8 },
  focal: { gamma: 2, alpha: 0.25 },
  softmax_ce: { label_smoothing: 0.1 },
  multiclass_hinge: { margin: 1, p: 2 },
};

const GRIDS: Readonly<Record<Dataset['kind'], Grid>> = {
  regression: { u: [-1.3, 3.7], v: [-2.9, 3.1], size: 8 },
  binary: { u: [-2.9, 3.3], v: [-2.7, 3.1], size: 8 },
  softmax3: { u: [-0.93, 1.07], v: [-1.05, 0.95], size: 8 },
};

let slice: ReturnType<typeof softmaxSlice> | undefined;

/** Every supported (kind, loss) pair as a request on noisy data (no regularizer). */
export function surfaceCases(): { name: string; req: SurfaceRequest }[] {
  const data = {
    regression: makeDataset('reg-outliers', 11)!,
    binary: makeDataset('bin-overlap', 11)!,
    softmax3: makeDataset('soft-overlap', 11, 90)!,
  };
  slice ??= softmaxSlice(data.softmax3, 3);
  const out: { name: string; req: SurfaceRequest }[] = [];
  for (const kind of ['regression', 'binary', 'softmax3'] as const) {
    for (const lossId of SURFACE_LOSSES[kind]) {
      const msle = lossId === 'msle';
      const req: SurfaceRequest = {
        dataset: msle ? POSITIVE_LINE : data[kind],
        lossId,
        params: PARAMS[lossId] ?? {},
        grid: msle ? { u: [0.2, 3.1], v: [0.1, 2.3], size: 8 } : GRIDS[kind],
        reg: { kind: 'none' },
        ...(kind === 'softmax3' ? { slice: slice.slice } : {}),
      };
      out.push({ name: `${kind}/${lossId}`, req });
    }
  }
  return out;
}
