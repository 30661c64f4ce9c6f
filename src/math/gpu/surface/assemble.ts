import { getLoss } from '../../losses';
import { regularizerOf } from '../../surface/penalty';
import { gridCoord } from '../../surface/surfaceCpu';
import type { SurfaceRequest, SurfaceResult } from '../../surface/types';

/**
 * A SurfaceResult from per-cell means read back from the GPU: `texels` holds (value, ∂u, ∂v, undefined
 * samples) for cell k = j·G + i at 4k…4k+3. Adds λR(w) and its gradient in float64 through the core's
 * regularizerOf (bias never regularized); a cell with an undefined sample or a non-finite number is NaN
 * in all three fields and counted, with the sentence surfaceCpu writes for it.
 */
export function assembleSurface(req: SurfaceRequest, texels: ArrayLike<number>): SurfaceResult {
  const G = req.grid.size;
  const pen = regularizerOf(req.reg, req.dataset, req.slice);
  const value = new Float32Array(G * G);
  const du = new Float32Array(G * G);
  const dv = new Float32Array(G * G);
  const out = new Float64Array(3);
  let bad = 0;
  let firstBad = -1;
  for (let j = 0; j < G; j++) {
    const v = gridCoord(req.grid.v, G, j);
    for (let i = 0; i < G; i++) {
      const k = j * G + i;
      pen.addInto(gridCoord(req.grid.u, G, i), v, texels[4 * k]!, texels[4 * k + 1]!, texels[4 * k + 2]!, out);
      if (texels[4 * k + 3] === 0 && Number.isFinite(out[0]!) && Number.isFinite(out[1]!) && Number.isFinite(out[2]!)) {
        value[k] = out[0]!;
        du[k] = out[1]!;
        dv[k] = out[2]!;
      } else {
        value[k] = du[k] = dv[k] = Number.NaN;
        if (bad++ === 0) firstBad = k;
      }
    }
  }
  if (bad === 0) return { size: G, value, du, dv };
  return { size: G, value, du, dv, problem: undefinedProblem(req, bad, firstBad), undefinedCells: bad };
}

/** The same sentence surfaceCpu writes for undefined cells. */
function undefinedProblem(req: SurfaceRequest, bad: number, first: number): string {
  const G = req.grid.size;
  const at = `u = ${gridCoord(req.grid.u, G, first % G).toPrecision(3)}, v = ${gridCoord(req.grid.v, G, Math.floor(first / G)).toPrecision(3)}`;
  const title = getLoss(req.lossId)?.title ?? req.lossId;
  const why = req.lossId === 'msle' ? 'msle needs every prediction u·x + v above −1' : 'the loss or its gradient is not a finite number there';
  return `${title} is undefined at ${bad} of ${G * G} grid cells (first at ${at}): ${why}.`;
}
