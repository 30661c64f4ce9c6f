/**
 * The data as the fused GPU kernels read it: two floats per sample, so one packed texel fetch brings two
 * samples, labels carried by order (see each model's `pack`). The mean over samples does not depend on their
 * order. Rows are zero-padded to `capacity`, a multiple of 32: the kernels loop to the uniform n, and since
 * tfjs compiles one program per input shape, adding or deleting a point then rarely costs a new compile.
 */
export interface PackedData {
  /** 2·capacity floats; rows past n are zero and never read. */
  readonly rows: Float32Array;
  readonly n: number;
  readonly capacity: number;
  /**
   * Where the label groups end, exclusive (binary: [number of +1 labels, n]; softmax3: [end of class 0, end
   * of class 1]; regression: [n, n]).
   */
  readonly split: readonly [number, number];
}

/** The padded sample count for n samples: the next multiple of 32 (at least 32). */
export function capacityFor(n: number): number {
  return Math.max(32, Math.ceil(n / 32) * 32);
}

/**
 * Rows grouped by label in the order of `labels`, each sample's two inputs multiplied by `scale(label)`;
 * `ends` are the exclusive ends of the groups. For a dataset already checked by checkDataset.
 */
export function packByLabel(
  x: Float64Array,
  y: Float64Array,
  labels: readonly number[],
  scale: (label: number) => number,
): { rows: Float32Array; capacity: number; ends: number[] } {
  const n = y.length;
  const capacity = capacityFor(n);
  const rows = new Float32Array(2 * capacity);
  const ends: number[] = [];
  let k = 0;
  for (const c of labels) {
    const s = scale(c);
    for (let i = 0; i < n; i++) {
      if (y[i] !== c) continue;
      rows[2 * k] = s * x[2 * i]!;
      rows[2 * k + 1] = s * x[2 * i + 1]!;
      k++;
    }
    ends.push(k);
  }
  return { rows, capacity, ends };
}
