/**
 * Seeded dataset presets of every surface model (each model lists its own). Every preset regenerates exactly
 * from (seed, n), so a link can carry just the preset id, the seed and the user's edits.
 */
import type { PresetSpec } from './model';
import { SURFACE_MODELS } from './models';
import type { Dataset, ModelKind } from './types';

export interface DatasetPreset extends PresetSpec {
  readonly kind: ModelKind;
}

export const DATASET_PRESETS: readonly DatasetPreset[] = Object.values(SURFACE_MODELS).flatMap((m) =>
  m.presets.map((p): DatasetPreset => ({ ...p, kind: m.kind })),
);

export function getPreset(id: string): DatasetPreset | undefined {
  return DATASET_PRESETS.find((p) => p.id === id);
}

/** The preset's data for (seed, n ?? defaultN): the same numbers every time, on every machine. */
export function makeDataset(presetId: string, seed: number, n?: number): Dataset | undefined {
  const p = getPreset(presetId);
  return p && p.generator(seed, n ?? p.defaultN);
}
