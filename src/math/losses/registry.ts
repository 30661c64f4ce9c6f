import type { Family, LossSpec } from '../types';

const all: LossSpec[] = [];
const byId = new Map<string, LossSpec>();
const listeners = new Set<() => void>();
let snapshot: readonly LossSpec[] = [];
let catalogIn = false;
const ownIds = new Set<string>();

/**
 * Every loss registered so far, core first, then the catalog once its chunk has loaded. A live list: read it
 * when you need it, or subscribe (subscribeLosses) to hear when it grows.
 */
export const LOSSES: readonly LossSpec[] = all;

export function getLoss(id: string): LossSpec | undefined {
  return byId.get(id);
}

/** Adds losses to the registry; registering the same spec twice is a no-op, another spec under a taken id an error. */
export function registerLosses(list: readonly LossSpec[]): void {
  let added = false;
  for (const spec of list) {
    const had = byId.get(spec.id);
    if (had === spec) continue;
    if (had) throw new Error(`two losses with the id "${spec.id}"`);
    byId.set(spec.id, spec);
    all.push(spec);
    added = true;
  }
  if (!added) return;
  snapshot = [...all];
  for (const l of listeners) l();
}

/**
 * Replaces the typed losses (issue 20: ids own1…own3, redefined whenever their formula changes) with `list`;
 * the other losses keep their places. Listeners hear of it when anything changed.
 */
export function setOwnLosses(list: readonly LossSpec[]): void {
  const old = all.filter((l) => ownIds.has(l.id));
  if (old.length === list.length && old.every((l, i) => l === list[i])) return;
  for (const l of old) {
    byId.delete(l.id);
    all.splice(all.indexOf(l), 1);
  }
  ownIds.clear();
  for (const spec of list) {
    if (byId.has(spec.id)) throw new Error(`two losses with the id "${spec.id}"`);
    byId.set(spec.id, spec);
    ownIds.add(spec.id);
    all.push(spec);
  }
  snapshot = [...all];
  for (const l of listeners) l();
}

/** Whether `id` is a typed loss now registered. */
export function isOwnLoss(id: string): boolean {
  return ownIds.has(id);
}

/** Registers the catalog's losses and notes that it is in. */
export function registerCatalog(list: readonly LossSpec[]): void {
  catalogIn = true;
  registerLosses(list);
}

/** Whether the catalog's chunk has been loaded and registered. */
export function catalogRegistered(): boolean {
  return catalogIn;
}

/** Calls `fn` whenever losses join the registry; returns the unsubscribe function. */
export function subscribeLosses(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** An immutable copy of the registry, replaced whenever it grows (for useSyncExternalStore). */
export function lossesSnapshot(): readonly LossSpec[] {
  return snapshot;
}

export const FAMILY_TITLES: Readonly<Record<Family, string>> = {
  regression: 'Regression',
  robust: 'Robust regression',
  binary: 'Binary classification',
  multiclass: 'Multiclass and multilabel classification',
  segmentation: 'Segmentation',
  boxes: 'Bounding boxes',
  metric: 'Metric learning',
  ranking: 'Ranking and recommendation',
  sequence: 'Sequences',
  generative: 'Generative models and preferences',
  regularization: 'Regularization',
};
