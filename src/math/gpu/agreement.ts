import type { BatchResult } from './batch';

/** Float32 tolerance: |gpu − cpu| ≤ rtol·max(1, |cpu|) + atol, elementwise. */
export interface Tolerance {
  readonly rtol: number;
  readonly atol: number;
}

export const FLOAT32_TOLERANCE: Tolerance = { rtol: 1e-5, atol: 1e-6 };

export interface Agreement {
  /** Largest |gpu − cpu| over per-sample values (Infinity if any side is NaN). */
  readonly maxValueDiff: number;
  readonly maxDerivativeDiff: number;
  /** Every value, every derivative and the batch mean within tolerance. */
  readonly agrees: boolean;
}

function within(a: number, b: number, tol: Tolerance): boolean {
  return Math.abs(a - b) <= tol.rtol * Math.max(1, Math.abs(b)) + tol.atol;
}

function scan(gpu: ArrayLike<number>, cpu: ArrayLike<number>, tol: Tolerance) {
  let max = gpu.length === cpu.length ? 0 : Infinity;
  let ok = gpu.length === cpu.length;
  for (let i = 0; i < Math.min(gpu.length, cpu.length); i++) {
    const d = Math.abs(gpu[i]! - cpu[i]!);
    max = Math.max(max, Number.isNaN(d) ? Infinity : d);
    ok &&= within(gpu[i]!, cpu[i]!, tol);
  }
  return { max, ok };
}

/** Compares a GPU batch result against the float64 reference, sample by sample. */
export function compareBatch(gpu: BatchResult, cpu: BatchResult, tol: Tolerance = FLOAT32_TOLERANCE): Agreement {
  const v = scan(gpu.value, cpu.value, tol);
  const d = scan(gpu.derivative, cpu.derivative, tol);
  return {
    maxValueDiff: v.max,
    maxDerivativeDiff: d.max,
    agrees: v.ok && d.ok && within(gpu.mean, cpu.mean, tol),
  };
}

/** The tolerance in words, for a table cell. */
export function describeTolerance(tol: Tolerance = FLOAT32_TOLERANCE): string {
  return `${tol.rtol.toExponential(0)}·max(1, |v|) + ${tol.atol.toExponential(0)}`;
}
