import type { Dataset, Grid } from '../../surface/types';

/**
 * The data as the fused kernels read it: two floats per sample, so one packed texel fetch brings two
 * samples. Labels are carried by order, not by a column:
 * - regression: (xᵢ, yᵢ), in the dataset's order;
 * - binary: (yᵢ·x₁ᵢ, yᵢ·x₂ᵢ), label +1 first; the margin is then u·a + v·b and ∂m/∂(u, v) = (a, b);
 * - softmax3: (x₁ᵢ, x₂ᵢ), sorted by class; the class of sample k follows from `split`.
 * The mean over samples does not depend on their order. Rows are zero-padded to `capacity`, a multiple of
 * 32: the kernels loop to the uniform n, and since tfjs compiles one program per input shape, adding or
 * deleting a point then rarely costs a new compile.
 */
export interface PackedData {
  /** 2·capacity floats; rows past n are zero and never read. */
  readonly rows: Float32Array;
  readonly n: number;
  readonly capacity: number;
  /**
   * binary: [number of +1 labels, n]; softmax3: [end of class 0, end of class 1] (exclusive ends);
   * regression: [n, n].
   */
  readonly split: readonly [number, number];
}

/** The padded sample count for n samples: the next multiple of 32 (at least 32). */
export function capacityFor(n: number): number {
  return Math.max(32, Math.ceil(n / 32) * 32);
}

/** Packs a dataset already checked by the float64 core (checkDataset): finite, labels valid. */
export function packDataset(ds: Dataset): PackedData {
  const { n } = ds;
  const capacity = capacityFor(n);
  const rows = new Float32Array(2 * capacity);
  if (ds.kind === 'regression') {
    for (let i = 0; i < n; i++) {
      rows[2 * i] = ds.x[i]!;
      rows[2 * i + 1] = ds.y[i]!;
    }
    return { rows, n, capacity, split: [n, n] };
  }
  const classes = ds.kind === 'binary' ? [1, -1] : [0, 1, 2];
  const ends: number[] = [];
  let k = 0;
  for (const c of classes) {
    for (let i = 0; i < n; i++) {
      if (ds.y[i] !== c) continue;
      const s = ds.kind === 'binary' ? c : 1;
      rows[2 * k] = s * ds.x[2 * i]!;
      rows[2 * k + 1] = s * ds.x[2 * i + 1]!;
      k++;
    }
    ends.push(k);
  }
  return { rows, n, capacity, split: ds.kind === 'binary' ? [ends[0]!, n] : [ends[0]!, ends[1]!] };
}

/** (u_min, v_min, u_step, v_step): cell (i, j) sits at (u_min + i·u_step, v_min + j·v_step). */
export function gridUniform(grid: Grid): number[] {
  const step = (r: readonly [number, number]) => (grid.size > 1 ? (r[1] - r[0]) / (grid.size - 1) : 0);
  return [grid.u[0], grid.v[0], step(grid.u), step(grid.v)];
}
