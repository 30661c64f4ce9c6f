import type { Dataset, Grid } from '../../surface/types';
import { SURFACE_MODELS } from '../../surface/models';
import type { PackedData } from '../../surface/pack';

export { capacityFor, type PackedData } from '../../surface/pack';

/** Packs a dataset already checked by the float64 core (checkDataset), as its model says (SurfaceModel.pack). */
export function packDataset(ds: Dataset): PackedData {
  return SURFACE_MODELS[ds.kind].pack(ds);
}

/** (u_min, v_min, u_step, v_step): cell (i, j) sits at (u_min + i·u_step, v_min + j·v_step). */
export function gridUniform(grid: Grid): number[] {
  const step = (r: readonly [number, number]) => (grid.size > 1 ? (r[1] - r[0]) / (grid.size - 1) : 0);
  return [grid.u[0], grid.v[0], step(grid.u), step(grid.v)];
}
