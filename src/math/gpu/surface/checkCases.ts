import { normals } from '../../random';
import { seededRng } from '../../random';
import { CENTRES } from '../../surface/datasets';
import { DATASET_PRESETS, makeDataset } from '../../surface/presets';
import { SURFACE_LOSSES, type Regularizer, type Slice, type SurfaceRequest } from '../../surface/types';
import type { Params } from '../../types';

/** One GPU-vs-float64 surface comparison: a preset's data, a loss with its parameters, a regularizer. */
export interface SurfaceCase {
  readonly presetId: string;
  readonly req: SurfaceRequest;
}

const SEED = 7;
/** The full grid the surface view draws at rest (≥ 128²), odd so each axis has an exact centre cell. */
const CHECK_GRID_SIZE = 129;

const REGS: readonly Regularizer[] = [
  { kind: 'none' },
  { kind: 'l2', lambda: 0.1, l1Ratio: 0.5 },
  { kind: 'l1', lambda: 0.05, l1Ratio: 0.5 },
  { kind: 'elastic_net', lambda: 0.2, l1Ratio: 0.3 },
];

/** Non-default parameters that reach the branches defaults leave alone (β = 0, p = 2, ε > 0, α off). */
const EXTRA: readonly { readonly lossId: string; readonly params: Params }[] = [
  { lossId: 'huber', params: { delta: 0.4 } },
  { lossId: 'smooth_l1', params: { beta: 0 } },
  { lossId: 'quantile', params: { tau: 0.85 } },
  { lossId: 'hinge', params: { margin: 0 } },
  { lossId: 'focal', params: { gamma: 0, alpha: -1 } },
  { lossId: 'focal', params: { gamma: 0.5, alpha: 0.75 } },
  { lossId: 'softmax_ce', params: { label_smoothing: 0.1 } },
  { lossId: 'multiclass_hinge', params: { margin: 0.5, p: 2 } },
];

/**
 * A slice through the 3-class weights for checks: the nearest-centre classifier (w_k = c_k,
 * b_k = −|c_k|²/2) as origin and two seeded random directions, so every cell is a different W.
 */
export function checkSlice(seed = SEED): Slice {
  const origin = new Float64Array(9);
  CENTRES.forEach(([cx, cy], k) => origin.set([cx, cy, -(cx * cx + cy * cy) / 2], 3 * k));
  const rng = seededRng(seed);
  return { origin, d1: Float64Array.from(normals(rng, 9)), d2: Float64Array.from(normals(rng, 9)) };
}

/**
 * msle needs targets and predictions above −1, which the regression presets' targets are not: its cases
 * lift the targets by 6 and use a window where part of the grid (predictions ≤ −1) stays undefined.
 */
function msleRequest(req: SurfaceRequest): SurfaceRequest {
  const y = req.dataset.y.map((t) => t + 6);
  return { ...req, dataset: { ...req.dataset, y }, grid: { u: [-1, 2], v: [-1, 8], size: req.grid.size } };
}

/** Every preset × every loss its model supports (defaults), then the EXTRA parameter cases on each preset. */
export function surfaceCases(size = CHECK_GRID_SIZE): SurfaceCase[] {
  const out: SurfaceCase[] = [];
  let r = 0;
  for (const preset of DATASET_PRESETS) {
    const dataset = makeDataset(preset.id, SEED)!;
    const grid = { ...preset.grid, size };
    const slice = preset.kind === 'softmax3' ? checkSlice() : undefined;
    const losses = SURFACE_LOSSES[preset.kind];
    const runs = [...losses.map((lossId) => ({ lossId, params: {} })), ...EXTRA.filter((e) => losses.includes(e.lossId))];
    for (const { lossId, params } of runs) {
      const reg = REGS[r++ % REGS.length]!;
      const req: SurfaceRequest = { dataset, lossId, params, grid, reg, ...(slice ? { slice } : {}) };
      out.push({ presetId: preset.id, req: lossId === 'msle' ? msleRequest(req) : req });
    }
  }
  return out;
}
