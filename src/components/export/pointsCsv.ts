import { SURFACE_MODELS } from '../../math/surface/models';
import type { Dataset } from '../../math/surface/types';
import { columnName, toCsv, type CsvColumn } from './csv';

/**
 * The data points as the scatter plots them: the inputs (x, or x1 and x2), then the regression target
 * or the class label as it is stored (binary ±1, softmax3 0..2).
 */
export function pointsCsv(ds: Dataset, comments: readonly string[] = []): string {
  const spec = SURFACE_MODELS[ds.kind].data;
  const columns: CsvColumn[] = [];
  for (let k = 0; k < ds.d; k++) {
    const values = new Float64Array(ds.n);
    for (let i = 0; i < ds.n; i++) values[i] = ds.x[i * ds.d + k]!;
    columns.push({ name: columnName(ds.d === 1 ? spec.axisLabels[0] : spec.axisLabels[k] ?? `x${k + 1}`), values });
  }
  columns.push({ name: spec.labels ? columnName(spec.labels.word) : columnName(spec.axisLabels[1]), values: ds.y.subarray(0, ds.n) });
  return toCsv(columns, comments);
}
