/**
 * The hot loops of the CPU surface: for one cell (u, v), Σ_i ℓ_i and Σ_i ∂ℓ_i/∂(u, v) over the data. Each loss
 * has its own loop literal on purpose: a loop shared by all losses calls the loss through one call site, which
 * V8 stops inlining once a session has used several losses (10× slower here). Every loop calls the registry's
 * per-sample functions, so each loss keeps one definition (sums.test.ts holds each loop to its profile).
 */
import { BINARY_SUMS, SLICE_SUMS } from './classifierSums';
import { REGRESSION_SUMS } from './regressionSums';
import type { Theta } from './surfaceLosses';

/** Scalar-model data: f_i = u·a_i + v·b_i (regression a = x, b = 1; binary a = x₁, b = x₂), targets y. */
export interface Columns {
  readonly a: Float64Array;
  readonly b: Float64Array;
  readonly y: Float64Array;
}

/** Writes [Σℓ, Σℓ'·a, Σℓ'·b] for f = u·a + v·b into out; q holds the loss's numeric parameters. */
export type ScalarSums = (m: Columns, q: Theta, u: number, v: number, out: Float64Array) => void;

/** softmax3 data: logit rows z_i = z0_i + u·za_i + v·zb_i (3 per sample), class ids y, scratch row z. */
export interface SliceColumns {
  readonly z0: Float64Array;
  readonly za: Float64Array;
  readonly zb: Float64Array;
  readonly y: Float64Array;
  readonly z: number[];
}

export type SliceSums = (m: SliceColumns, q: Theta, u: number, v: number, out: Float64Array) => void;

/** One loop per scalar model and loss, keyed "kind/id"; s, gu, gv accumulate Σℓ, Σℓ'·a, Σℓ'·b. */
export const SCALAR_SUMS: Readonly<Record<string, ScalarSums>> = {
  ...Object.fromEntries(Object.entries(REGRESSION_SUMS).map(([id, f]) => [`regression/${id}`, f])),
  ...Object.fromEntries(Object.entries(BINARY_SUMS).map(([id, f]) => [`binary/${id}`, f])),
};

export { SLICE_SUMS };
