import { makeObjective } from '../../surface/objective';
import { gridCoord } from '../../surface/surfaceCpu';
import type { SurfaceRequest, SurfaceResult } from '../../surface/types';

/** How far one field of a GPU surface is from the float64 one, relative to the float64 field's range. */
export interface FieldAgreement {
  /** max |gpu − cpu| over the cells compared. */
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
  /** Cells both sides define (finite), i.e. the cells compared. */
  readonly defined: number;
  /** Cells undefined (NaN) on one side only: always a disagreement. */
  readonly nanMismatch: number;
  /**
   * Cells whose GPU gradient is off but lies within the float64 gradients found within float32 rounding
   * of the cell: a sample sits on a kink of the loss (hinge at its margin, |r| at 0) and the two
   * precisions pick different one-sided derivatives (or sign(0)). Left out of du and dv; values are
   * still compared everywhere.
   */
  readonly kinkCells: number;
  /** Every field within `tolerance` of its range and the same cells undefined. */
  readonly agrees: boolean;
}

/** The agreement asked of the GPU surface: 1e-4 of each field's range. */
export const SURFACE_TOLERANCE = 1e-4;

function rangeOf(xs: ArrayLike<number>): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < xs.length; k++) {
    if (Number.isNaN(xs[k]!)) continue;
    lo = Math.min(lo, xs[k]!);
    hi = Math.max(hi, xs[k]!);
  }
  return hi > lo ? hi - lo : 1;
}

const field = (maxDiff: number, range: number): FieldAgreement => ({ maxDiff, range, relative: maxDiff / range });

/**
 * Compares a GPU surface with the float64 one, field by field, relative to each field's range. With the
 * request, a cell whose gradient is off is checked against the float64 gradients at the 3×3 points
 * (u + {−δ, 0, δ}, v + {−δ, 0, δ}), δ = 1e-5·(1 + |u| + |v|), far below a grid step but above float32
 * rounding: a GPU gradient inside their range (a subgradient there) is a kink tie, not an error.
 */
export function compareSurfaces(gpu: SurfaceResult, cpu: SurfaceResult, req?: SurfaceRequest, tolerance = SURFACE_TOLERANCE): SurfaceAgreement {
  const cells = Math.min(gpu.value.length, cpu.value.length);
  const ranges = [rangeOf(cpu.value), rangeOf(cpu.du), rangeOf(cpu.dv)] as const;
  const max = [0, 0, 0];
  let defined = 0;
  let nanMismatch = Math.abs(gpu.value.length - cpu.value.length);
  let kinkCells = 0;
  const at = req ? makeObjective(req) : undefined;
  const G = cpu.size;
  const nearKink = (k: number) => {
    if (!at || !req) return false;
    const u = gridCoord(req.grid.u, G, k % G);
    const v = gridCoord(req.grid.v, G, Math.floor(k / G));
    const d = 1e-5 * (1 + Math.abs(u) + Math.abs(v));
    const box = [Infinity, -Infinity, Infinity, -Infinity];
    for (const su of [-1, 0, 1]) {
      for (const sv of [-1, 0, 1]) {
        const p = at(u + su * d, v + sv * d);
        box[0] = Math.min(box[0]!, p.du);
        box[1] = Math.max(box[1]!, p.du);
        box[2] = Math.min(box[2]!, p.dv);
        box[3] = Math.max(box[3]!, p.dv);
      }
    }
    const inside = (x: number, lo: number, hi: number, r: number) => x >= lo - tolerance * r && x <= hi + tolerance * r;
    return inside(gpu.du[k]!, box[0]!, box[1]!, ranges[1]) && inside(gpu.dv[k]!, box[2]!, box[3]!, ranges[2]);
  };
  for (let k = 0; k < cells; k++) {
    const g = [gpu.value[k]!, gpu.du[k]!, gpu.dv[k]!];
    const c = [cpu.value[k]!, cpu.du[k]!, cpu.dv[k]!];
    if (Number.isNaN(g[0]!) !== Number.isNaN(c[0]!)) nanMismatch++;
    if (Number.isNaN(g[0]!) || Number.isNaN(c[0]!)) continue;
    defined++;
    const diff = g.map((x, f) => Math.abs(x - c[f]!));
    max[0] = Math.max(max[0]!, diff[0]!);
    const gradOff = diff[1]! > tolerance * ranges[1] || diff[2]! > tolerance * ranges[2];
    if (gradOff && nearKink(k)) {
      kinkCells++;
      continue;
    }
    max[1] = Math.max(max[1]!, diff[1]!);
    max[2] = Math.max(max[2]!, diff[2]!);
  }
  const [value, du, dv] = [0, 1, 2].map((f) => field(max[f]!, ranges[f]!)) as [FieldAgreement, FieldAgreement, FieldAgreement];
  const agrees = gpu.size === cpu.size && nanMismatch === 0 && [value, du, dv].every((f) => f.relative <= tolerance);
  return { value, du, dv, defined, nanMismatch, kinkCells, agrees };
}
