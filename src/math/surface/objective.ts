/**
 * The objective J(u, v) = mean_i ℓ_i + λR(w) of a 2-coordinate model on a dataset, compiled once into flat
 * Float64Arrays so that surfaceCpu, objectiveAt and the optimizers share one evaluation.
 */
import { checkDataset } from './edits';
import { regularizerOf, type Penalty } from './penalty';
import { SCALAR_SUMS, SLICE_SUMS, type Columns, type ScalarSums, type SliceColumns, type SliceSums } from './sums';
import { lossTheta, SurfaceInputError, type Theta } from './surfaceLosses';
import type { Dataset, ModelKind, ObjectivePoint, ObjectiveSpec, Slice } from './types';

/** A compiled objective: evalInto writes [J, ∂J/∂u, ∂J/∂v] at (u, v) into out[0..2]; no allocation. */
export interface CompiledObjective {
  readonly kind: ModelKind;
  evalInto(u: number, v: number, out: Float64Array): void;
}

/** Scalar models: f_i = u·a_i + v·b_i (regression a = x, b = 1; binary a = x₁, b = x₂). */
function scalarModel(ds: Dataset, sums: ScalarSums, q: Theta, pen: Penalty): CompiledObjective {
  const n = ds.n;
  const m: Columns = { a: new Float64Array(n), b: new Float64Array(n), y: Float64Array.from(ds.y) };
  for (let i = 0; i < n; i++) {
    m.a[i] = ds.kind === 'regression' ? ds.x[i]! : ds.x[2 * i]!;
    m.b[i] = ds.kind === 'regression' ? 1 : ds.x[2 * i + 1]!;
  }
  return {
    kind: ds.kind,
    evalInto(u, v, out) {
      sums(m, q, u, v, out);
      pen.addInto(u, v, out[0]! / n, out[1]! / n, out[2]! / n, out);
    },
  };
}

/** softmax3: z_i(u, v) = z0_i + u·za_i + v·zb_i with z0 = origin·x̃, za = d1·x̃, zb = d2·x̃ and x̃ = [x₁, x₂, 1]. */
function sliceModel(ds: Dataset, slice: Slice, sums: SliceSums, q: Theta, pen: Penalty): CompiledObjective {
  const n = ds.n;
  const cols = ds.d + 1;
  const m: SliceColumns = {
    z0: new Float64Array(3 * n),
    za: new Float64Array(3 * n),
    zb: new Float64Array(3 * n),
    y: Float64Array.from(ds.y),
    z: [0, 0, 0],
  };
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < 3; k++) {
      for (let c = 0; c < cols; c++) {
        const xc = c === ds.d ? 1 : ds.x[i * ds.d + c]!;
        m.z0[3 * i + k]! += slice.origin[k * cols + c]! * xc;
        m.za[3 * i + k]! += slice.d1[k * cols + c]! * xc;
        m.zb[3 * i + k]! += slice.d2[k * cols + c]! * xc;
      }
    }
  }
  return {
    kind: 'softmax3',
    evalInto(u, v, out) {
      sums(m, q, u, v, out);
      pen.addInto(u, v, out[0]! / n, out[1]! / n, out[2]! / n, out);
    },
  };
}

function must<T>(sums: T | undefined): T {
  if (!sums) throw new SurfaceInputError('this loss has no surface loop');
  return sums;
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

/** Compiles the objective of `spec`; throws SurfaceInputError with a readable message when it cannot. */
export function compileObjective(spec: ObjectiveSpec): CompiledObjective {
  const { dataset: ds } = spec;
  const bad = checkDataset(ds);
  if (bad) throw new SurfaceInputError(bad);
  const q = lossTheta(ds.kind, spec.lossId, spec.params);
  if (ds.kind !== 'softmax3') {
    return scalarModel(ds, must(SCALAR_SUMS[`${ds.kind}/${spec.lossId}`]), q, regularizerOf(spec.reg, ds));
  }
  const s = spec.slice;
  const len = 3 * (ds.d + 1);
  if (!s || s.origin.length !== len || s.d1.length !== len || s.d2.length !== len) {
    throw new SurfaceInputError(`the 3-class model needs a slice: origin and two directions of ${len} numbers`);
  }
  if (![...s.origin, ...s.d1, ...s.d2].every(Number.isFinite)) throw new SurfaceInputError('the slice holds a non-finite number');
  return sliceModel(ds, s, must(SLICE_SUMS[spec.lossId]), q, regularizerOf(spec.reg, ds, s));
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
