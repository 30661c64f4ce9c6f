import { gridCoord } from '../../math/surface/surfaceCpu';
import { columnName, toCsv } from './csv';

export interface GridCsvInput {
  /** Axis names, e.g. "slope w", "bias b" (written as header names: "slope_w"). */
  readonly uLabel: string;
  readonly vLabel: string;
  /** What the values are, e.g. "objective". */
  readonly valueLabel: string;
  readonly u: readonly [min: number, max: number];
  readonly v: readonly [min: number, max: number];
  readonly size: number;
  /** size × size values, row-major: index j·size + i, i along u, j along v. */
  readonly value: ArrayLike<number>;
  readonly comments?: readonly string[];
}

/**
 * A G×G grid in long form: one row per cell, u, v and the value, v-major as the grid is stored
 * (row j·G + i holds u_i, v_j), so any table tool can pivot or plot it.
 */
export function gridCsv(g: GridCsvInput): string {
  const n = g.size * g.size;
  if (g.value.length !== n) throw new Error(`the grid holds ${g.value.length} values, not ${g.size}×${g.size}`);
  const us = new Float64Array(n);
  const vs = new Float64Array(n);
  for (let j = 0; j < g.size; j++) {
    for (let i = 0; i < g.size; i++) {
      us[j * g.size + i] = gridCoord(g.u, g.size, i);
      vs[j * g.size + i] = gridCoord(g.v, g.size, j);
    }
  }
  return toCsv(
    [
      { name: columnName(g.uLabel), values: us },
      { name: columnName(g.vLabel), values: vs },
      { name: columnName(g.valueLabel), values: g.value },
    ],
    g.comments,
  );
}
