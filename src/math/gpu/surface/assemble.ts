import { compileObjective, type CompiledObjective } from '../../surface/objective';
import { gridCoord, undefinedProblem, withPenalty } from '../../surface/surfaceCpu';
import type { SurfaceRequest, SurfaceResult } from '../../surface/types';

/**
 * A SurfaceResult from per-cell means read back from the GPU: `texels` holds (value, ∂u, ∂v, guard) for
 * cell k = j·G + i at 4k…4k+3. The data term is assembled first; λR(w) and its gradient are then added in
 * float64 by the core's withPenalty (bias never regularized), as for a data term kept by the view. With
 * `refineBelow` = b (see ProfileGlsl.pair): a cell whose guard is ≤ −b is clearly undefined (NaN); one with
 * |guard| < b, at or near the pole where float32 falls short, is evaluated by the float64 objective instead,
 * which also decides exactly whether it is defined. A non-finite cell is NaN in all three fields and
 * counted, with the sentence surfaceCpu writes for it.
 */
export function assembleSurface(req: SurfaceRequest, texels: ArrayLike<number>, refineBelow = 0): SurfaceResult {
  const G = req.grid.size;
  const data: SurfaceRequest = { ...req, reg: { kind: 'none' } };
  const value = new Float32Array(G * G);
  const du = new Float32Array(G * G);
  const dv = new Float32Array(G * G);
  const out = new Float64Array(3);
  let bad = 0;
  let firstBad = -1;
  let exact: CompiledObjective | undefined;
  for (let j = 0; j < G; j++) {
    const v = gridCoord(req.grid.v, G, j);
    for (let i = 0; i < G; i++) {
      const k = j * G + i;
      const guard = texels[4 * k + 3]!;
      if (guard >= refineBelow) {
        out[0] = texels[4 * k]!;
        out[1] = texels[4 * k + 1]!;
        out[2] = texels[4 * k + 2]!;
      } else if (guard > -refineBelow) (exact ??= compileObjective(data)).evalInto(gridCoord(req.grid.u, G, i), v, out);
      else out.fill(Number.NaN);
      if (Number.isFinite(out[0]!) && Number.isFinite(out[1]!) && Number.isFinite(out[2]!)) {
        value[k] = out[0]!;
        du[k] = out[1]!;
        dv[k] = out[2]!;
      } else {
        value[k] = du[k] = dv[k] = Number.NaN;
        if (bad++ === 0) firstBad = k;
      }
    }
  }
  const dataTerm: SurfaceResult =
    bad === 0 ? { size: G, value, du, dv } : { size: G, value, du, dv, problem: undefinedProblem(req, bad, firstBad), undefinedCells: bad };
  return withPenalty(dataTerm, req);
}
