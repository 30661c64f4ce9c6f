import { DATASET_PRESETS, makeDataset } from '../../surface/presets';
import { SURFACE_LOSS_ENTRIES, SURFACE_MODELS } from '../../surface/registry';
import type { Regularizer, SurfaceRequest } from '../../surface/types';

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

/**
 * A loss with a restricted domain (msle: targets and predictions above −1, which the regression presets' targets
 * are not): its cases lift the targets by 6 and use a window where part of the grid (predictions ≤ −1) stays
 * undefined.
 */
function domainRequest(req: SurfaceRequest): SurfaceRequest {
  const y = req.dataset.y.map((t) => t + 6);
  return { ...req, dataset: { ...req.dataset, y }, grid: { u: [-1, 2], v: [-1, 8], size: req.grid.size } };
}

/**
 * Every preset × every surface loss its model supports at the defaults, then each loss's examples (the
 * non-default parameters of its registry entry) on each preset: derived from the registry, no pair by hand.
 */
export function surfaceCases(size = CHECK_GRID_SIZE): SurfaceCase[] {
  const out: SurfaceCase[] = [];
  let r = 0;
  for (const preset of DATASET_PRESETS) {
    const dataset = makeDataset(preset.id, SEED)!;
    const grid = { ...preset.grid, size };
    const slice = SURFACE_MODELS[preset.kind].checkSlice?.(SEED);
    const entries = SURFACE_LOSS_ENTRIES.filter((e) => e.kind === preset.kind);
    const runs = [...entries.map((entry) => ({ entry, params: {} })), ...entries.flatMap((entry) => entry.examples.map((params) => ({ entry, params })))];
    for (const { entry, params } of runs) {
      const reg = REGS[r++ % REGS.length]!;
      const req: SurfaceRequest = { dataset, lossId: entry.id, params, grid, reg, ...(slice ? { slice } : {}) };
      out.push({ presetId: preset.id, req: entry.domain ? domainRequest(req) : req });
    }
  }
  return out;
}
