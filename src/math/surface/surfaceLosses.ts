/**
 * Which registry losses each surface model can use and the numeric parameters each one reads, resolved once per
 * request (defaults from the spec) so that the per-sample loops (sums.ts) never look a parameter up.
 */
import { getLoss } from '../losses';
import { num, withDefaults } from '../tensor';
import type { LossSpec, Params } from '../types';
import { SURFACE_LOSSES, type ModelKind } from './types';

/** A loss's numeric parameters, in the order PARAMETERS lists them (q[0], q[1]). */
export type Theta = Float64Array;

/** Thrown for a request the surface cannot evaluate; the message is meant for the person using the app. */
export class SurfaceInputError extends Error {
  override name = 'SurfaceInputError';
}

/** The parameters each surface loss reads, by PyTorch name; a loss not listed reads none. */
export const PARAMETERS: Readonly<Record<string, readonly string[]>> = {
  huber: ['delta'],
  smooth_l1: ['beta'],
  quantile: ['tau'],
  hinge: ['margin'],
  squared_hinge: ['margin'],
  focal: ['gamma', 'alpha'],
  softmax_ce: ['label_smoothing'],
  multiclass_hinge: ['margin', 'p'],
};

/** The spec of a loss the model supports, or a SurfaceInputError naming what is supported. */
export function surfaceLossSpec(kind: ModelKind, lossId: string): LossSpec {
  const spec = getLoss(lossId);
  if (!spec || !SURFACE_LOSSES[kind].includes(lossId)) {
    const choices = SURFACE_LOSSES[kind].join(', ');
    throw new SurfaceInputError(`loss "${lossId}" is not available for the ${kind} model; choose one of ${choices}`);
  }
  return spec;
}

/**
 * θ for (kind, lossId): each parameter from `params`, else the spec's default. Throws SurfaceInputError for an
 * unsupported loss, a parameter that is not a number, or multiclass_hinge's p other than 1 or 2.
 */
export function lossTheta(kind: ModelKind, lossId: string, params: Params): Theta {
  const full = withDefaults(surfaceLossSpec(kind, lossId), params);
  let q: Theta;
  try {
    q = Float64Array.from(PARAMETERS[lossId] ?? [], (name) => num(full, name));
  } catch (e) {
    throw new SurfaceInputError(e instanceof Error ? e.message : String(e));
  }
  if (lossId === 'multiclass_hinge' && q[1] !== 1 && q[1] !== 2) {
    throw new SurfaceInputError('parameter "p" of multiclass_hinge must be 1 or 2');
  }
  return q;
}
