/**
 * Per-sample losses of the surface models, built from the registry so that each loss keeps ONE definition:
 * regression reads the loss's `residual` profile, binary its `margin` profile (focal: its per-sample
 * functions of the logit), softmax3 the multiclass per-sample functions of a logit row.
 */
import { getLoss } from '../losses';
import { focalAt, focalDerivAt } from '../losses/focal';
import { msleAt, msleDerivAt } from '../losses/msle';
import { multiclassHingeAt, multiclassHingeGradAt } from '../losses/multiclass_hinge';
import { smoothedCeAt, smoothedCeGradAt } from '../losses/softmax_ce';
import { num } from '../tensor';
import type { LossSpec, Params, Profile } from '../types';
import { SURFACE_LOSSES, type ModelKind } from './types';

/** Loss of one sample as a function of the scalar model output f and its target y, with ∂ℓ/∂f. */
export interface ScalarLoss {
  value(f: number, y: number): number;
  deriv(f: number, y: number): number;
}

/** Loss of one sample's logit row z (3 classes) against its class id y, with ∂ℓ/∂z. */
export interface VectorLoss {
  value(z: readonly number[], y: number): number;
  grad(z: readonly number[], y: number): readonly number[];
}

/** Thrown for a request the surface cannot evaluate; the message is meant for the person using the app. */
export class SurfaceInputError extends Error {
  override name = 'SurfaceInputError';
}

/** The spec of a loss the model supports, or a SurfaceInputError naming what is supported. */
export function surfaceLossSpec(kind: ModelKind, lossId: string): LossSpec {
  const spec = getLoss(lossId);
  if (!spec || !SURFACE_LOSSES[kind].includes(lossId)) {
    throw new SurfaceInputError(`loss "${lossId}" is not available for the ${kind} model; choose one of ${SURFACE_LOSSES[kind].join(', ')}`);
  }
  return spec;
}

/** The spec's parameter and option defaults, overridden by `params` (so a partial set is enough). */
export function withDefaults(spec: LossSpec, params: Params): Params {
  const out: Record<string, number | string> = {};
  for (const p of spec.params) out[p.name] = p.default;
  for (const o of spec.options ?? []) out[o.name] = o.default;
  return { ...out, ...params };
}

function profileOn(spec: LossSpec, axis: Profile['axis']): Profile {
  const p = spec.profiles.find((q) => q.axis === axis);
  if (!p) throw new SurfaceInputError(`loss "${spec.id}" has no ${axis} profile`);
  return p;
}

/**
 * Per-sample loss of a scalar model. regression: ℓ(r) of the residual r = f − y (msle: ℓ(f, y) itself,
 * defined for f, y > −1). binary (y = ±1): ℓ(m) of the margin m = y·f, so ∂ℓ/∂f = y·ℓ'(m); focal:
 * focal(f, t) with target t = (y + 1)/2, since its α weights the two classes differently.
 */
export function scalarLoss(kind: 'regression' | 'binary', lossId: string, params: Params): ScalarLoss {
  const spec = surfaceLossSpec(kind, lossId);
  const p = withDefaults(spec, params);
  if (lossId === 'msle') return { value: (f, y) => msleAt(f, y), deriv: (f, y) => msleDerivAt(f, y) };
  if (lossId === 'focal') {
    const gamma = num(p, 'gamma');
    const alpha = num(p, 'alpha');
    return {
      value: (f, y) => focalAt(f, (y + 1) / 2, gamma, alpha),
      deriv: (f, y) => focalDerivAt(f, (y + 1) / 2, gamma, alpha),
    };
  }
  if (kind === 'regression') {
    const prof = profileOn(spec, 'residual');
    return { value: (f, y) => prof.value(f - y, p), deriv: (f, y) => prof.derivative(f - y, p) };
  }
  const prof = profileOn(spec, 'margin');
  return { value: (f, y) => prof.value(y * f, p), deriv: (f, y) => y * prof.derivative(y * f, p) };
}

/**
 * Per-sample loss of the 3-class linear classifier: softmax_ce (label_smoothing ε) or multiclass_hinge
 * (margin Δ, power p ∈ {1, 2}), evaluated by the same functions the registry's batch definitions use.
 */
export function vectorLoss(lossId: string, params: Params): VectorLoss {
  const spec = surfaceLossSpec('softmax3', lossId);
  const p = withDefaults(spec, params);
  if (lossId === 'softmax_ce') {
    const eps = num(p, 'label_smoothing');
    return { value: (z, y) => smoothedCeAt(z, y, eps), grad: (z, y) => smoothedCeGradAt(z, y, eps) };
  }
  const margin = num(p, 'margin');
  const power = num(p, 'p');
  if (power !== 1 && power !== 2) throw new SurfaceInputError('parameter "p" of multiclass_hinge must be 1 or 2');
  return {
    value: (z, y) => multiclassHingeAt(z, y, margin, power),
    grad: (z, y) => multiclassHingeGradAt(z, y, margin, power),
  };
}
