/**
 * Which registry losses each surface model can use and the numeric parameters each one reads, resolved once per
 * request (defaults from the spec) so that the per-sample loops (losses/) never look a parameter up.
 */
import { getLoss } from '../losses';
import { num, withDefaults } from '../tensor';
import type { LossSpec, Params } from '../types';
import { SurfaceInputError } from './errors';
import type { SurfaceLoss, Theta } from './model';
import { SURFACE_LOSS_ENTRIES, surfaceLoss, surfaceLossIds } from './registry';
import type { ModelKind } from './types';

export { SurfaceInputError, type Theta };

/** The parameters each surface loss reads, by PyTorch name; a loss not listed reads none. */
export const PARAMETERS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  SURFACE_LOSS_ENTRIES.filter((e) => e.params.length > 0).map((e) => [e.id, e.params]),
);

/** The surface entry and registry spec of a loss the model supports, or a SurfaceInputError naming what is supported. */
export function surfaceEntry(kind: ModelKind, lossId: string): { entry: SurfaceLoss<ModelKind>; spec: LossSpec } {
  const spec = getLoss(lossId);
  const entry = surfaceLoss(kind, lossId);
  if (!spec || !entry) {
    const choices = surfaceLossIds(kind).join(', ');
    throw new SurfaceInputError(`loss "${lossId}" is not available for the ${kind} model; choose one of ${choices}`);
  }
  return { entry, spec };
}

/** The spec of a loss the model supports, or a SurfaceInputError naming what is supported. */
export function surfaceLossSpec(kind: ModelKind, lossId: string): LossSpec {
  return surfaceEntry(kind, lossId).spec;
}

/**
 * θ for (kind, lossId): each parameter from `params`, else the spec's default. Throws SurfaceInputError for an
 * unsupported loss, a parameter that is not a number, or one the entry's check refuses (multiclass_hinge's p).
 */
export function lossTheta(kind: ModelKind, lossId: string, params: Params): Theta {
  const { entry, spec } = surfaceEntry(kind, lossId);
  const full = withDefaults(spec, params);
  let q: Theta;
  try {
    q = Float64Array.from(entry.params, (name) => num(full, name));
  } catch (e) {
    throw new SurfaceInputError(e instanceof Error ? e.message : String(e));
  }
  const bad = entry.check?.(q);
  if (bad) throw new SurfaceInputError(bad);
  return q;
}
