/**
 * What a surface model and a surface loss are. A model (models/<kind>/) says everything the surface needs
 * about one kind of 2-coordinate model — its data, presets, how the objective's columns are assembled, which
 * coordinates are weights, how the data is packed for the GPU and what GLSL surrounds a loss there; a surface
 * loss (losses/<id>.ts) is one loss on one model — its CPU loop, its GLSL and the parameters it reads. The
 * registries (models/index.ts, losses/index.ts) list them, and every list or switch over models or surface
 * losses is derived from those.
 */
import type { OwnDef } from '../own/def';
import type { Params } from '../types';
import type { ProgramPieces } from './glsl';
import type { PackedData } from './pack';
import type { Penalty } from './penalty';
import type { Dataset, Grid, Slice, SliceChoice, SurfaceRequest } from './types';

/** A loss's numeric parameters, in the order its surface entry lists them (q[0], q[1]). */
export type Theta = Float64Array;

/** Writes [Σℓ, Σ∂ℓ/∂u, Σ∂ℓ/∂v] over the samples at (u, v) into out; q holds the loss's numeric parameters. */
export type Sums<C> = (m: C, q: Theta, u: number, v: number, out: Float64Array) => void;

/** A seeded dataset preset of one model (the registry adds the model's kind). */
export interface PresetSpec {
  /** Short stable id, safe in a URL. */
  readonly id: string;
  readonly title: string;
  /** One line: what this data shows about a loss. */
  readonly description: string;
  readonly defaultN: number;
  /** A weight window that shows the interesting part of the surface for this data. */
  readonly grid: Grid;
  generator(seed: number, n: number): Dataset;
}

/** Classes of a classifier: label values as Dataset.y stores them, picker/legend order first. */
export interface LabelSpec {
  readonly values: readonly number[];
  /** Short visible names, one per value ("+1", "−1"; "0", "1", "2"). */
  readonly names: readonly string[];
  /** What a label is called in messages: "label" or "class". */
  readonly word: string;
  /** The rule a bad label breaks, e.g. "binary labels must be −1 or +1". */
  readonly rule: string;
  /** Where points of class `value` sit when the data has none yet (a new point goes near it). */
  home(value: number): readonly [number, number];
}

/** How a point of this model's data is drawn and edited. */
export interface DataSpec {
  /** Inputs per sample. */
  readonly d: number;
  /**
   * Names of the data chart's axes, plain ("x", "y") and typeset ("x", "y"; "x₁", "x₂"). With labels the
   * chart shows (x₁, x₂) and the label; without, (x, target).
   */
  readonly axes: readonly [string, string];
  readonly axisLabels: readonly [string, string];
  /** Absent: the target is a number (regression). */
  readonly labels?: LabelSpec;
  /** The data chart's extent when there is nothing to fit. */
  readonly emptyExtent: { readonly x: readonly [number, number]; readonly y: readonly [number, number] };
}

/** The objective in TeX, as the surface view typesets it under the picture. */
export interface ObjectiveTex {
  /** J over the grid's coordinates (the regularizer term is appended). */
  readonly objective: string;
  /** Its partial derivatives; `{{reg_grad}}` marks where the regularizer's gradient goes. */
  readonly gradient: string;
  /** The symbol of the penalised weights in R(·): w, 𝐰, W. */
  readonly weights: string;
  /** Replaces the regularizer's gradient when one is on, for a model whose (u, v) are not the weights. */
  readonly regGradient?: string;
  /** What is never regularized, in words: "The bias", "The bias column of W". */
  readonly bias: string;
}

/** How the surface view opens on a model: the comparison the notes make on it, its data and optimizer step. */
export interface OpeningSpec {
  readonly losses: readonly [string, string];
  readonly preset: string;
  readonly lr: number;
  readonly colorScale: 'linear' | 'log';
}

export interface SurfaceModel<K extends string, C, G> {
  readonly kind: K;
  /** The model as the model picker names it. */
  readonly title: string;
  /** Titles of the grid's two coordinates (u, v). */
  readonly axisTitles: readonly [u: string, v: string];
  /** Which grid coordinates are weights (penalised, max-norm projected); the others are a bias. */
  readonly weightAxes: 'u' | 'uv';
  /**
   * How the weights at a grid point show on the data chart: a fitted line (u, v), a decision boundary
   * through the origin (u, v), or the predicted-class regions of the slice's W.
   */
  readonly fit: 'line' | 'boundary' | 'regions';
  /**
   * The constraint region a regularizer draws on the surface (constraint.ts): a band |u| ≤ |u*| (only u is a
   * weight), a shape through the optimum (both are), or none (a slice through many weights).
   */
  readonly region: 'band' | 'shape' | 'none';
  /**
   * Cost of one (cell, sample) of this model's surface relative to a scalar model's (1): the engine computes a
   * coarse preview inline only while cells × samples × this stays within its budget.
   */
  readonly costPerSample: number;
  readonly data: DataSpec;
  readonly presets: readonly PresetSpec[];
  readonly tex: ObjectiveTex;
  readonly opening: OpeningSpec;
  /**
   * For a model with more than two weights: the slice (u, v) moves along, chosen for valid data (throws
   * SurfaceInputError on bad data). Absent: (u, v) are the weights themselves.
   */
  slice?(ds: Dataset): SliceChoice;
  /** For a sliced model: a fixed slice for the GPU-vs-float64 checks, the same for every dataset. */
  checkSlice?(seed: number): Slice;
  /**
   * The columns the loss loops read, built once per objective (throws SurfaceInputError for a request the
   * model cannot use, e.g. a missing slice).
   */
  columns(ds: Dataset, slice: Slice | undefined): C;
  /** The affine map from (u, v) to the model's weights (never a bias): w = o + u·p + v·q. */
  weightMap(ds: Dataset, slice: Slice | undefined): { o: Float64Array; p: Float64Array; q: Float64Array };
  /** The data for the fused GPU program: two floats per sample (see PackedData). */
  pack(ds: Dataset): PackedData;
  /** The model's part of the fused GPU program around a loss's GLSL. */
  program(glsl: G): ProgramPieces;
  /** Values of `program(glsl).uniforms`, in order. */
  programUniforms(req: SurfaceRequest, glsl: G, params: Params): number[][];
}

/** One loss on one model, as its file in losses/ writes it. */
export interface SurfaceLossDef<C, G> {
  /** The registry id (src/math/losses) whose per-sample functions `sums` calls. */
  readonly id: string;
  /** The numeric parameters `sums` reads, by PyTorch name, in θ order; the GLSL reads the ones its `glsl` lists. */
  readonly params: readonly string[];
  /**
   * The loop over the samples. Each loss keeps its own loop literal: see losses/index.ts for why. It must call
   * the registry's per-sample functions, so the loss keeps one definition.
   */
  readonly sums: Sums<C>;
  readonly glsl: G;
  /** Non-default parameters whose branches the defaults leave alone; the registry suites run each. */
  readonly examples?: readonly Params[];
  /** A parameter problem `θ` has beyond being numbers, in one sentence (e.g. multiclass_hinge's p ∈ {1, 2}). */
  check?(q: Theta): string | undefined;
  /**
   * Where the loss is defined, when not everywhere, as a sentence (msle: predictions and targets above −1).
   * The surface's message for undefined cells quotes it, and the registry suites give such a loss data and a
   * window inside (unit tests) or across (GPU check) its domain.
   */
  readonly domain?: string;
  /**
   * For a typed loss (issue 20), the definition it was compiled from: its id stays while its formula changes,
   * so caches key on the text, and the float64 worker compiles the same definitions.
   */
  readonly typed?: OwnDef;
}

/** A surface loss with its model bound in: what the registry holds and the rest of the code uses. */
export interface SurfaceLoss<K extends string = string> {
  readonly id: string;
  readonly kind: K;
  readonly params: readonly string[];
  readonly glsl: { readonly id: string; readonly params: readonly string[]; readonly source: string; readonly uniform?: (name: string) => string };
  readonly examples: readonly Params[];
  readonly check?: (q: Theta) => string | undefined;
  readonly domain?: string;
  readonly typed?: OwnDef;
  /**
   * The objective's evaluation at (u, v) on (ds, slice): writes [mean ℓ + λR, ∂/∂u, ∂/∂v] into out. The
   * loop is called straight from this closure, one level under the grid loop, as V8 inlines it best.
   */
  compile(ds: Dataset, slice: Slice | undefined, q: Theta, pen: Penalty): (u: number, v: number, out: Float64Array) => void;
  pack(ds: Dataset): PackedData;
  program(): ProgramPieces;
  programUniforms(req: SurfaceRequest, params: Params): number[][];
}

/** The surface entry of loss `def` on `model`: a loss file's whole export. */
export function defineLoss<K extends string, C, G extends SurfaceLoss['glsl']>(
  model: SurfaceModel<K, C, G>,
  def: SurfaceLossDef<C, G>,
): SurfaceLoss<K> {
  const { sums, glsl } = def;
  return {
    id: def.id,
    kind: model.kind,
    params: def.params,
    glsl,
    examples: def.examples ?? [],
    ...(def.check ? { check: def.check } : {}),
    ...(def.domain ? { domain: def.domain } : {}),
    ...(def.typed ? { typed: def.typed } : {}),
    compile(ds, slice, q, pen) {
      const m = model.columns(ds, slice);
      const n = ds.n;
      return (u, v, out) => {
        sums(m, q, u, v, out);
        pen.addInto(u, v, out[0]! / n, out[1]! / n, out[2]! / n, out);
      };
    },
    pack: (ds) => model.pack(ds),
    program: () => model.program(glsl),
    programUniforms: (req, params) => model.programUniforms(req, glsl, params),
  };
}
