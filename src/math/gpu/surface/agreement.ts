import type { SurfaceResult } from '../../surface/types';

/** How far one field of a GPU surface is from the float64 one, relative to the float64 field's range. */
export interface FieldAgreement {
  /** max |gpu − cpu| over cells both define. */
  readonly maxDiff: number;
  /** max − min of the float64 field (1 when the field is constant, so maxDiff is then absolute). */
  readonly range: number;
  /** maxDiff / range. */
  readonly relative: number;
}

export interface SurfaceAgreement {
  readonly value: FieldAgreement;
  readonly du: FieldAgreement;
  readonly dv: FieldAgreement;
  /** Cells undefined (NaN) on one side only: always a disagreement. */
  readonly nanMismatch: number;
  /** Every field within `tolerance` of its range and the same cells undefined. */
  readonly agrees: boolean;
}

/** The agreement asked of the GPU surface: 1e-4 of each field's range. */
export const SURFACE_TOLERANCE = 1e-4;

function field(gpu: ArrayLike<number>, cpu: ArrayLike<number>): FieldAgreement & { nanMismatch: number } {
  let lo = Infinity;
  let hi = -Infinity;
  let maxDiff = 0;
  let nanMismatch = gpu.length === cpu.length ? 0 : Math.abs(gpu.length - cpu.length);
  for (let k = 0; k < Math.min(gpu.length, cpu.length); k++) {
    const a = gpu[k]!;
    const b = cpu[k]!;
    if (Number.isNaN(a) !== Number.isNaN(b)) nanMismatch++;
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    lo = Math.min(lo, b);
    hi = Math.max(hi, b);
    maxDiff = Math.max(maxDiff, Math.abs(a - b));
  }
  const range = hi > lo ? hi - lo : 1;
  return { maxDiff, range, relative: maxDiff / range, nanMismatch };
}

/** Compares a GPU surface with the float64 one, field by field, relative to each field's range. */
export function compareSurfaces(gpu: SurfaceResult, cpu: SurfaceResult, tolerance = SURFACE_TOLERANCE): SurfaceAgreement {
  const value = field(gpu.value, cpu.value);
  const du = field(gpu.du, cpu.du);
  const dv = field(gpu.dv, cpu.dv);
  const nanMismatch = Math.max(value.nanMismatch, du.nanMismatch, dv.nanMismatch);
  const agrees =
    gpu.size === cpu.size && nanMismatch === 0 && [value, du, dv].every((f) => f.relative <= tolerance);
  return { value, du, dv, nanMismatch, agrees };
}
