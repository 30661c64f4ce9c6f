/**
 * The objective J(u, v) = mean_i ℓ_i + λR(w) of a 2-coordinate model on a dataset, compiled once into flat
 * Float64Arrays so that surfaceCpu, objectiveAt and the optimizers share one evaluation.
 */
import { checkDataset } from './edits';
import { regularizerOf, type Penalty } from './penalty';
import { scalarLoss, SurfaceInputError, vectorLoss, type ScalarLoss, type VectorLoss } from './sampleLoss';
import type { Dataset, ModelKind, ObjectivePoint, ObjectiveSpec, Slice } from './types';

/** A compiled objective: evalInto writes [J, ∂J/∂u, ∂J/∂v] at (u, v) into out[0..2]; no allocation. */
export interface CompiledObjective {
  readonly kind: ModelKind;
  evalInto(u: number, v: number, out: Float64Array): void;
}

/** Scalar models: f_i = u·a_i + v·b_i (regression a = x, b = 1; binary a = x₁, b = x₂). */
function scalarModel(ds: Dataset, loss: ScalarLoss, pen: Penalty): CompiledObjective {
  const n = ds.n;
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    a[i] = ds.kind === 'regression' ? ds.x[i]! : ds.x[2 * i]!;
    b[i] = ds.kind === 'regression' ? 1 : ds.x[2 * i + 1]!;
  }
  const y = ds.y;
  return {
    kind: ds.kind,
    evalInto(u, v, out) {
      let s = 0;
      let gu = 0;
      let gv = 0;
      for (let i = 0; i < n; i++) {
        const ai = a[i]!;
        const bi = b[i]!;
        const f = u * ai + v * bi;
        const yi = y[i]!;
        s += loss.value(f, yi);
        const g = loss.deriv(f, yi);
        gu += g * ai;
        gv += g * bi;
      }
      pen.addInto(u, v, s / n, gu / n, gv / n, out);
    },
  };
}

/** softmax3: z_i(u, v) = z0_i + u·za_i + v·zb_i with z0 = origin·x̃, za = d1·x̃, zb = d2·x̃ and x̃ = [x₁, x₂, 1]. */
function sliceModel(ds: Dataset, slice: Slice, loss: VectorLoss, pen: Penalty): CompiledObjective {
  const n = ds.n;
  const cols = ds.d + 1;
  const z0 = new Float64Array(3 * n);
  const za = new Float64Array(3 * n);
  const zb = new Float64Array(3 * n);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < 3; k++) {
      let s0 = 0;
      let sa = 0;
      let sb = 0;
      for (let c = 0; c < cols; c++) {
        const xc = c === ds.d ? 1 : ds.x[i * ds.d + c]!;
        s0 += slice.origin[k * cols + c]! * xc;
        sa += slice.d1[k * cols + c]! * xc;
        sb += slice.d2[k * cols + c]! * xc;
      }
      z0[3 * i + k] = s0;
      za[3 * i + k] = sa;
      zb[3 * i + k] = sb;
    }
  }
  const z = [0, 0, 0];
  const y = ds.y;
  return {
    kind: 'softmax3',
    evalInto(u, v, out) {
      let s = 0;
      let gu = 0;
      let gv = 0;
      for (let i = 0; i < n; i++) {
        const o = 3 * i;
        for (let k = 0; k < 3; k++) z[k] = z0[o + k]! + u * za[o + k]! + v * zb[o + k]!;
        s += loss.value(z, y[i]!);
        const g = loss.grad(z, y[i]!);
        for (let k = 0; k < 3; k++) {
          gu += g[k]! * za[o + k]!;
          gv += g[k]! * zb[o + k]!;
        }
      }
      pen.addInto(u, v, s / n, gu / n, gv / n, out);
    },
  };
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
  let obj: CompiledObjective;
  try {
    if (ds.kind === 'softmax3') {
      const s = spec.slice;
      const len = 3 * (ds.d + 1);
      if (!s || s.origin.length !== len || s.d1.length !== len || s.d2.length !== len) {
        throw new SurfaceInputError(`the 3-class model needs a slice: origin and two directions of ${len} numbers`);
      }
      if (![...s.origin, ...s.d1, ...s.d2].every(Number.isFinite)) throw new SurfaceInputError('the slice holds a non-finite number');
      obj = sliceModel(ds, s, vectorLoss(spec.lossId, spec.params), regularizerOf(spec.reg, ds, s));
    } else {
      obj = scalarModel(ds, scalarLoss(ds.kind, spec.lossId, spec.params), regularizerOf(spec.reg, ds));
    }
    obj.evalInto(0, 0, new Float64Array(3)); // parameter errors surface here, once
  } catch (e) {
    if (e instanceof SurfaceInputError) throw e;
    throw new SurfaceInputError(e instanceof Error ? e.message : String(e));
  }
  return obj;
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
