import type { DataSpec } from './model';
import type { Dataset } from './types';

/** The problem with a dataset for a model whose data is `spec`, in one sentence, or undefined. */
export function checkData(ds: Dataset, spec: DataSpec): string | undefined {
  const { d, labels } = spec;
  if (ds.n === 0) return 'The dataset is empty: add at least one point.';
  if (ds.d !== d || ds.x.length !== ds.n * d || ds.y.length !== ds.n) {
    const each = labels ? 'label' : 'target';
    return `The dataset is malformed: a ${ds.kind} dataset needs ${d} input(s) and one ${each} per point.`;
  }
  for (let i = 0; i < ds.n; i++) {
    for (let k = 0; k < d; k++) {
      if (!Number.isFinite(ds.x[i * d + k]!)) return `Point ${i + 1} has a coordinate that is not a finite number.`;
    }
    const y = ds.y[i]!;
    if (!labels && !Number.isFinite(y)) return `Point ${i + 1} has a target that is not a finite number.`;
    if (labels && !labels.values.includes(y)) return `Point ${i + 1} has ${labels.word} ${y}; ${labels.rule}.`;
  }
  return undefined;
}
