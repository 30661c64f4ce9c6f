/** Lists over the surface models and losses, derived from the two registries (models/, losses/). */
import { SURFACE_LOSS_ENTRIES } from './losses';
import type { SurfaceLoss } from './model';
import { SURFACE_MODELS } from './models';
import type { ModelKind } from './types';

export { SURFACE_MODELS };

/** Every model kind, in the registry's order (the model picker's). */
export const MODEL_KINDS = Object.keys(SURFACE_MODELS) as ModelKind[];

/** The spec of model `kind` (typed by the shape every model shares). */
export function surfaceModel(kind: ModelKind): (typeof SURFACE_MODELS)[ModelKind] {
  return SURFACE_MODELS[kind];
}

const byKind = <T>(f: (kind: ModelKind) => T) => Object.fromEntries(MODEL_KINDS.map((k) => [k, f(k)])) as Record<ModelKind, T>;

/**
 * Loss ids each model supports on the surface. msle is regression-only and undefined where a prediction
 * is ≤ −1: such cells are reported through SurfaceResult.problem / undefinedCells.
 */
export const SURFACE_LOSSES: Readonly<Record<ModelKind, readonly string[]>> = byKind((k) =>
  SURFACE_LOSS_ENTRIES.filter((e) => e.kind === k).map((e) => e.id),
);

/** Which grid coordinates are weights (penalised, max-norm projected); the others are a bias. */
export const WEIGHT_AXES: Readonly<Record<ModelKind, 'u' | 'uv'>> = byKind((k) => SURFACE_MODELS[k].weightAxes);

/** The surface entry of loss `lossId` on model `kind`, if the model supports it. */
export function surfaceLoss(kind: ModelKind, lossId: string): SurfaceLoss<ModelKind> | undefined {
  return SURFACE_LOSS_ENTRIES.find((e) => e.kind === kind && e.id === lossId);
}

export { SURFACE_LOSS_ENTRIES };
