/**
 * The objective J(u, v) = mean_i ℓ_i + λR(w) of a 2-coordinate model on a dataset, compiled once into flat
 * Float64Arrays so that surfaceCpu, objectiveAt and the optimizers share one evaluation.
 */
import { SurfaceInputError } from './errors';
import { checkDataset } from './edits';
import { regularizerOf } from './penalty';
import { lossTheta, surfaceEntry } from './surfaceLosses';
import type { ModelKind, ObjectivePoint, ObjectiveSpec } from './types';

/** A compiled objective: evalInto writes [J, ∂J/∂u, ∂J/∂v] at (u, v) into out[0..2]; no allocation. */
export interface CompiledObjective {
  readonly kind: ModelKind;
  evalInto(u: number, v: number, out: Float64Array): void;
}

/** The problem with a request in one sentence (data, loss, parameters, slice, λ), or undefined. */
export function checkObjective(spec: ObjectiveSpec): string | undefined {
  try {
    compileObjective(spec);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/**
 * Compiles the objective of `spec`: the model assembles the columns its loss loop reads (model.columns), the
 * loss's entry loops over them, and the regularizer is added to the means. Throws SurfaceInputError with a
 * readable message when it cannot.
 */
export function compileObjective(spec: ObjectiveSpec): CompiledObjective {
  const { dataset: ds } = spec;
  const bad = checkDataset(ds);
  if (bad) throw new SurfaceInputError(bad);
  const q = lossTheta(ds.kind, spec.lossId, spec.params);
  const { entry } = surfaceEntry(ds.kind, spec.lossId);
  const m = entry.compile(ds, spec.slice, q, regularizerOf(spec.reg, ds, spec.slice));
  return { kind: ds.kind, evalInto: m };
}

/** J(u, v) = mean data loss + λR and its partial derivatives, as a reusable function (compiled once). */
export function makeObjective(spec: ObjectiveSpec): (u: number, v: number) => ObjectivePoint {
  const obj = compileObjective(spec);
  const out = new Float64Array(3);
  return (u, v) => {
    obj.evalInto(u, v, out);
    return { value: out[0]!, du: out[1]!, dv: out[2]! };
  };
}

/** J(u, v) and (∂J/∂u, ∂J/∂v) at one point: the same numbers surfaceCpu puts in the grid cell at (u, v). */
export function objectiveAt(spec: ObjectiveSpec, u: number, v: number): ObjectivePoint {
  return makeObjective(spec)(u, v);
}
