/**
 * Fixtures shared by the surface tests: a request for every (model, loss) pair in the registry, at the loss's
 * defaults and at each of its entry's examples — no pair is written here by hand.
 */
import { datasetOf } from './datasets';
import { makeDataset } from './presets';
import { SURFACE_LOSS_ENTRIES, SURFACE_MODELS } from './registry';
import type { Dataset, Grid, ModelKind, SurfaceRequest } from './types';

/** Positive x and targets, so msle is defined on the whole test grid. */
export const POSITIVE_LINE: Dataset = datasetOf(
  'regression',
  1,
  Array.from({ length: 40 }, (_, i) => 0.1 + (i * 3) / 40),
  Array.from({ length: 40 }, (_, i) => 0.5 + 1.5 * (0.1 + (i * 3) / 40) + 0.3 * Math.sin(i)),
);

/** The noisiest preset of each model, and an 8×8 grid off the round numbers inside its window. */
function fixture(kind: ModelKind): { dataset: Dataset; grid: Grid } {
  const presets = SURFACE_MODELS[kind].presets;
  const p = presets.find((q) => /overlap|outlier/.test(q.id)) ?? presets[0]!;
  const dataset = makeDataset(p.id, 11, Math.min(p.defaultN, 90))!;
  const [u0, u1] = p.grid.u;
  const [v0, v1] = p.grid.v;
  const nudge = (a: number, b: number, k: number) => a + (b - a) * k;
  return { dataset, grid: { u: [nudge(u0, u1, 0.013), nudge(u0, u1, 0.987)], v: [nudge(v0, v1, 0.021), nudge(v0, v1, 0.979)], size: 8 } };
}

/** Every registered (kind, loss) pair × (defaults, examples) as a request on noisy data (no regularizer). */
export function surfaceCases(): { name: string; req: SurfaceRequest }[] {
  const fixtures = new Map<ModelKind, ReturnType<typeof fixture> & { slice?: SurfaceRequest['slice'] }>();
  const out: { name: string; req: SurfaceRequest }[] = [];
  for (const entry of SURFACE_LOSS_ENTRIES) {
    const kind = entry.kind;
    if (!fixtures.has(kind)) {
      const f = fixture(kind);
      fixtures.set(kind, { ...f, slice: SURFACE_MODELS[kind].slice?.(f.dataset).slice });
    }
    const f = fixtures.get(kind)!;
    // A loss with a restricted domain (msle: predictions and targets above −1) gets positive data and a window inside it.
    const restricted = entry.domain !== undefined;
    for (const params of [{}, ...entry.examples]) {
      const req: SurfaceRequest = {
        dataset: restricted ? POSITIVE_LINE : f.dataset,
        lossId: entry.id,
        params,
        grid: restricted ? { u: [0.2, 3.1], v: [0.1, 2.3], size: 8 } : f.grid,
        reg: { kind: 'none' },
        ...(f.slice ? { slice: f.slice } : {}),
      };
      const p = Object.entries(params).map(([k, v]) => `${k}=${v}`).join(',');
      out.push({ name: `${kind}/${entry.id}${p ? ` (${p})` : ''}`, req });
    }
  }
  return out;
}
