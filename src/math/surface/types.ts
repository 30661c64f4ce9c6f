/**
 * Shared types of the loss-surface core (issue 4). The float64 code in this folder and the WebGL
 * kernels in src/math/gpu/ both compute SurfaceResult from a SurfaceRequest with the same meaning.
 */
import type { Params } from '../types';
import type { SURFACE_MODELS } from './models';

/** The surface models' kinds, from the model registry (models/index.ts). */
export type ModelKind = keyof typeof SURFACE_MODELS;

/** Row-major data: x is n×d, y holds targets (regression), labels ±1 (binary) or class ids 0..2 (softmax3). */
export interface Dataset {
  readonly kind: ModelKind;
  readonly n: number;
  readonly d: number;
  readonly x: Float64Array;
  readonly y: Float64Array;
}

/**
 * G×G grid over two coordinates; coordinate i of an axis is min + (max − min)·i/(G − 1).
 * Row-major: index = j·G + i, i along u (first axis), j along v.
 */
export interface Grid {
  readonly u: readonly [min: number, max: number];
  readonly v: readonly [min: number, max: number];
  readonly size: number;
}

/** R(w) on weights only (never a bias): λΣ|w| (l1), λΣw² (l2), λ(ρΣ|w| + (1−ρ)Σw²) (elastic_net, ρ = l1Ratio). */
export type Regularizer =
  | { readonly kind: 'none' }
  | { readonly kind: 'l1' | 'l2' | 'elastic_net'; readonly lambda: number; readonly l1Ratio: number };

/** For softmax3: W(u, v) = origin + u·d1 + v·d2, each a 3×(d+1) matrix flattened row-major (last column = bias). */
export interface Slice {
  readonly origin: Float64Array;
  readonly d1: Float64Array;
  readonly d2: Float64Array;
}

/** A slice chosen for a model with more than two weights, with the usual window and words for the UI. */
export interface SliceChoice {
  readonly slice: Slice;
  /** The usual window: u, v ∈ [−1, 1], i.e. up to one trained-weight length along each direction. */
  readonly grid: Grid;
  /** How the origin and the two directions were chosen, in words for the UI. */
  readonly origin: string;
  readonly d1: string;
  readonly d2: string;
}

export interface SurfaceRequest {
  readonly dataset: Dataset;
  readonly lossId: string;
  readonly params: Params;
  readonly grid: Grid;
  readonly reg: Regularizer;
  /** Only for softmax3. */
  readonly slice?: Slice;
}

/** value, du, dv: G×G, row-major as above; the objective is mean over samples of the loss + λ·R. */
export interface SurfaceResult {
  readonly size: number;
  readonly value: Float64Array | Float32Array;
  readonly du: Float64Array | Float32Array;
  readonly dv: Float64Array | Float32Array;
  /**
   * Set when the surface cannot be trusted as a picture: a bad request (every cell NaN) or cells where the
   * loss is undefined (e.g. msle with a prediction ≤ −1). Undefined cells hold NaN in all three fields, and
   * a consumer must read this before drawing; without it every cell is finite.
   */
  readonly problem?: string;
  /** How many cells are undefined (NaN); absent or 0 when all are finite. */
  readonly undefinedCells?: number;
}

/** A surface request without its grid: what the objective at a single (u, v) needs. */
export type ObjectiveSpec = Omit<SurfaceRequest, 'grid'>;

/** The objective and its two partial derivatives at one point (u, v). */
export interface ObjectivePoint {
  readonly value: number;
  readonly du: number;
  readonly dv: number;
}
