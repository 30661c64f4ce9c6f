import type { Family, LossSpec } from '../types';
// regression imports
import { huber } from './huber';
// binary imports
// multiclass imports
// metric imports
// regularization imports

/** Every loss the app knows, in catalog order. Adding a loss: one file, one line here. */
export const LOSSES: readonly LossSpec[] = [
  // regression
  huber,
  // binary
  // multiclass
  // metric
  // regularization
];

const byId = new Map(LOSSES.map((l) => [l.id, l]));

export function getLoss(id: string): LossSpec | undefined {
  return byId.get(id);
}

export const FAMILY_TITLES: Readonly<Record<Family, string>> = {
  regression: 'Regression',
  binary: 'Binary classification',
  multiclass: 'Multiclass classification',
  metric: 'Metric learning and ranking',
  segmentation: 'Segmentation',
  regularization: 'Regularization',
};
