import { getLoss } from '../../src/math/losses';
import { DATASET_PRESETS, getPreset, MODEL_KINDS, SURFACE_MODELS, surfaceLossIds, type Method, type ModelKind } from '../../src/math/surface';
import type { OwnDef } from '../../src/math/own/def';
import { L1_RATIO, LAMBDA, MAX_NORM, MOMENTUM, STEPS } from './surfaceParams';

export type RegKind = 'none' | 'l1' | 'l2' | 'elastic_net';

/** Everything the surface view can carry in a link. */
export interface SurfaceState {
  readonly kind: ModelKind;
  /** Dataset preset id; with seed and n it regenerates the data exactly. */
  readonly data: string;
  readonly seed: number;
  readonly n: number;
  /** The points after a person's edits (x then y, row-major as Dataset); undefined when unedited. */
  readonly edited?: { readonly x: readonly number[]; readonly y: readonly number[] };
  /** One or two losses, drawn side by side over the same data. */
  readonly losses: readonly string[];
  /** Loss parameters by loss id. */
  readonly values: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly reg: RegKind;
  readonly lambda: number;
  readonly l1_ratio: number;
  /** Current weights (u, v). */
  readonly point: readonly [number, number];
  /** Where gradient descent starts; undefined until a person picks one. */
  readonly start?: readonly [number, number];
  readonly method: Method;
  readonly lr: number;
  readonly steps: number;
  readonly momentum: number;
  readonly max_norm: number;
  readonly colorScale: 'linear' | 'log';
  /** The typed losses (own1…own3) the link carries: a copy of the shared slice's, kept in step by the store. */
  readonly own?: readonly OwnDef[];
}

const byKind = <T>(f: (kind: ModelKind) => T) => Object.fromEntries(MODEL_KINDS.map((k) => [k, f(k)])) as Record<ModelKind, T>;

/** The two losses a model kind opens with (a comparison the notes make), from its spec's opening. */
export const DEFAULT_PAIRS: Readonly<Record<ModelKind, readonly [string, string]>> = byKind((k) => SURFACE_MODELS[k].opening.losses);

export const DEFAULT_DATA: Readonly<Record<ModelKind, string>> = byKind((k) => SURFACE_MODELS[k].opening.preset);


/** Defaults of every numeric parameter of the given losses. */
export function lossDefaults(ids: readonly string[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const id of ids) {
    const spec = getLoss(id);
    if (spec) out[id] = Object.fromEntries(spec.params.map((p) => [p.name, p.default]));
  }
  return out;
}

/** A fresh state for a model kind: its default data and loss pair, weights at the grid centre. */
export function initialSurface(kind: ModelKind): SurfaceState {
  const data = DEFAULT_DATA[kind];
  const preset = getPreset(data)!;
  const losses = DEFAULT_PAIRS[kind];
  const g = preset.grid;
  return {
    kind,
    data,
    seed: 1,
    n: preset.defaultN,
    losses,
    values: lossDefaults(losses),
    reg: 'none',
    lambda: LAMBDA.default,
    l1_ratio: L1_RATIO.default,
    point: [(g.u[0] + g.u[1]) / 2, (g.v[0] + g.v[1]) / 2],
    method: 'gd',
    lr: SURFACE_MODELS[kind].opening.lr,
    steps: STEPS.default,
    momentum: MOMENTUM.default,
    max_norm: MAX_NORM.default,
    colorScale: SURFACE_MODELS[kind].opening.colorScale,
  };
}

export const DEFAULT_SURFACE = initialSurface('regression');

export function presetsFor(kind: ModelKind) {
  return DATASET_PRESETS.filter((p) => p.kind === kind);
}

/** The losses model `kind` can draw now: its built-ins, then the typed losses on its axis (issue 20). */
export function lossesFor(kind: ModelKind): readonly string[] {
  return surfaceLossIds(kind);
}
