/**
 * Seeded dataset presets for the three surface models. Every preset regenerates exactly from (seed, n), so a
 * link can carry just the preset id, the seed and the user's edits.
 */
import { seededRng } from '../random';
import type { Rng } from '../types';
import { blobs2, blobs3, line } from './datasets';
import type { Dataset, Grid, ModelKind } from './types';

export interface DatasetPreset {
  /** Short stable id, safe in a URL. */
  readonly id: string;
  readonly kind: ModelKind;
  readonly title: string;
  /** One line: what this data shows about a loss. */
  readonly description: string;
  readonly defaultN: number;
  /** A weight window that shows the interesting part of the surface for this data. */
  readonly grid: Grid;
  generator(seed: number, n: number): Dataset;
}

const REG_GRID: Grid = { u: [-1, 4], v: [-3, 4], size: 128 };
const BIN_GRID: Grid = { u: [-4, 4], v: [-4, 4], size: 128 };
/** softmax3 grids are slice coordinates around a trained W (see softmaxSlice.ts). */
const SOFT_GRID: Grid = { u: [-1, 1], v: [-1, 1], size: 128 };

const preset = (p: Omit<DatasetPreset, 'generator'>, make: (rng: Rng, n: number) => Dataset): DatasetPreset => ({
  ...p,
  generator: (seed, n) => make(seededRng(seed), n),
});

export const DATASET_PRESETS: readonly DatasetPreset[] = [
  preset(
    {
      id: 'reg-clean',
      kind: 'regression',
      title: 'Clean line',
      description: 'Points close to the line y = 1.5x + 0.5: every loss finds the same fit.',
      defaultN: 60,
      grid: REG_GRID,
    },
    (r, n) => line(r, n, 0.25, 0),
  ),
  preset(
    {
      id: 'reg-noisy',
      kind: 'regression',
      title: 'Noisy line',
      description: 'The same line with heavy Gaussian noise: a wider, flatter valley.',
      defaultN: 60,
      grid: REG_GRID,
    },
    (r, n) => line(r, n, 1.2, 0),
  ),
  preset(
    {
      id: 'reg-outliers',
      kind: 'regression',
      title: 'Line with outliers',
      description: 'One point in ten pushed far above the line: MSE moves towards them, MAE and Huber barely do.',
      defaultN: 60,
      grid: REG_GRID,
    },
    (r, n) => line(r, n, 0.25, 0.1),
  ),
  preset(
    {
      id: 'bin-separable',
      kind: 'binary',
      title: 'Linearly separable',
      description: 'Two classes a line through the origin splits exactly: hinge reaches zero and W is not unique.',
      defaultN: 100,
      grid: BIN_GRID,
    },
    (r, n) => blobs2(r, n, { spread: 0.45, positive: 0.5, gap: 0.25, flipped: 0 }),
  ),
  preset(
    {
      id: 'bin-overlap',
      kind: 'binary',
      title: 'Overlapping classes',
      description: 'Classes that share ground: no line is perfect and every loss has a finite minimum.',
      defaultN: 100,
      grid: BIN_GRID,
    },
    (r, n) => blobs2(r, n, { spread: 1.1, positive: 0.5, gap: 0, flipped: 0 }),
  ),
  preset(
    {
      id: 'bin-imbalanced',
      kind: 'binary',
      title: 'Imbalanced (90/10)',
      description: 'Nine negatives for every positive: see how focal and α reweight the rare class.',
      defaultN: 100,
      grid: BIN_GRID,
    },
    (r, n) => blobs2(r, n, { spread: 0.7, positive: 0.1, gap: 0, flipped: 0 }),
  ),
  preset(
    {
      id: 'bin-outliers',
      kind: 'binary',
      title: 'Separable with outliers',
      description: 'Separable classes plus a few points deep on the wrong side: squared hinge pays them most.',
      defaultN: 100,
      grid: BIN_GRID,
    },
    (r, n) => blobs2(r, n, { spread: 0.45, positive: 0.5, gap: 0.25, flipped: 0.05 }),
  ),
  preset(
    {
      id: 'soft-blobs',
      kind: 'softmax3',
      title: 'Three separate blobs',
      description: 'Three well-separated classes: softmax CE keeps improving with scale, the SVM loss stops at zero.',
      defaultN: 150,
      grid: SOFT_GRID,
    },
    (r, n) => blobs3(r, n, 0.45, 0.3),
  ),
  preset(
    {
      id: 'soft-overlap',
      kind: 'softmax3',
      title: 'Three overlapping blobs',
      description: 'Classes that overlap: both losses have a bowl with a finite bottom.',
      defaultN: 150,
      grid: SOFT_GRID,
    },
    (r, n) => blobs3(r, n, 1.2, 0),
  ),
];

export function getPreset(id: string): DatasetPreset | undefined {
  return DATASET_PRESETS.find((p) => p.id === id);
}

/** The preset's data for (seed, n ?? defaultN): the same numbers every time, on every machine. */
export function makeDataset(presetId: string, seed: number, n?: number): Dataset | undefined {
  const p = getPreset(presetId);
  return p && p.generator(seed, n ?? p.defaultN);
}
