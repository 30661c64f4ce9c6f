/**
 * Lists over the surface models and losses, derived from the two registries (models/, losses/), plus the typed
 * losses' entries (issue 20), which setOwnSurfaceEntries replaces whenever the typed formulas change.
 */
import { SURFACE_LOSS_ENTRIES } from './losses';
import type { SurfaceLoss } from './model';
import { SURFACE_MODELS } from './models';
import type { ModelKind } from './types';

export { SURFACE_MODELS };

/** Every model kind, in the registry's order (the model picker's). */
export const MODEL_KINDS = Object.keys(SURFACE_MODELS) as ModelKind[];

/** The spec of model `kind` (typed by the shape every model shares). */
export function surfaceModel(kind: ModelKind): (typeof SURFACE_MODELS)[ModelKind] {
  return SURFACE_MODELS[kind];
}

const byKind = <T>(f: (kind: ModelKind) => T) => Object.fromEntries(MODEL_KINDS.map((k) => [k, f(k)])) as Record<ModelKind, T>;

/**
 * Built-in loss ids each model supports on the surface. msle is regression-only and undefined where a
 * prediction is ≤ −1: such cells are reported through SurfaceResult.problem / undefinedCells.
 */
export const SURFACE_LOSSES: Readonly<Record<ModelKind, readonly string[]>> = byKind((k) =>
  SURFACE_LOSS_ENTRIES.filter((e) => e.kind === k).map((e) => e.id),
);

/** Which grid coordinates are weights (penalised, max-norm projected); the others are a bias. */
export const WEIGHT_AXES: Readonly<Record<ModelKind, 'u' | 'uv'>> = byKind((k) => SURFACE_MODELS[k].weightAxes);

/** The typed losses' entries, after the built-ins in every list; a registry like the loss registry's typed slots. */
const own = { entries: [] as readonly SurfaceLoss<ModelKind>[], version: 0, listeners: new Set<() => void>() };

/**
 * Replaces the typed losses' surface entries (own/install.ts calls it). An id may not be a built-in's, and
 * listeners hear of it when anything changed.
 */
export function setOwnSurfaceEntries(entries: readonly SurfaceLoss<ModelKind>[]): void {
  if (entries.length === own.entries.length && entries.every((e, i) => e === own.entries[i])) return;
  for (const e of entries) {
    if (SURFACE_LOSS_ENTRIES.some((b) => b.id === e.id)) throw new Error(`a typed surface loss may not take the built-in id "${e.id}"`);
  }
  own.entries = [...entries];
  own.version++;
  for (const l of own.listeners) l();
}

/** Every surface entry: the built-ins, then the typed losses' (whose ids and formulas change). */
export function surfaceLossEntries(): readonly SurfaceLoss<ModelKind>[] {
  return own.entries.length === 0 ? SURFACE_LOSS_ENTRIES : [...SURFACE_LOSS_ENTRIES, ...own.entries];
}

/** Loss ids model `kind` supports now, built-ins first (its menus' order), then the typed losses on it. */
export function surfaceLossIds(kind: ModelKind): readonly string[] {
  const builtIn = SURFACE_LOSSES[kind] ?? [];
  const typed = own.entries.filter((e) => e.kind === kind);
  return typed.length === 0 ? builtIn : [...builtIn, ...typed.map((e) => e.id)];
}

/** Calls `fn` whenever the typed entries change; returns the unsubscribe function. */
export function subscribeSurfaceLosses(fn: () => void): () => void {
  own.listeners.add(fn);
  return () => own.listeners.delete(fn);
}

/** A number that changes whenever the typed entries do (a snapshot for useSyncExternalStore). */
export function surfaceLossesVersion(): number {
  return own.version;
}

/** The surface entry of loss `lossId` on model `kind`, if the model supports it (typed losses included). */
export function surfaceLoss(kind: ModelKind, lossId: string): SurfaceLoss<ModelKind> | undefined {
  return (
    SURFACE_LOSS_ENTRIES.find((e) => e.kind === kind && e.id === lossId) ?? own.entries.find((e) => e.kind === kind && e.id === lossId)
  );
}

export { SURFACE_LOSS_ENTRIES };
