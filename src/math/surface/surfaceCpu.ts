/**
 * The float64 surface: J(u, v) = mean_i ℓ_i + λR(w) and both partial derivatives at every cell of a G×G
 * grid. This is the reference the WebGL kernels are checked against and the fallback when WebGL is missing.
 */
import { getLoss } from '../losses';
import { compileObjective } from './objective';
import { regularizerOf } from './penalty';
import { surfaceLoss } from './registry';
import type { Grid, SurfaceRequest, SurfaceResult } from './types';

/** The largest grid side accepted (G² cells). */
export const MAX_GRID = 512;

/** Coordinate i of an axis [min, max] split into `size` points: min + (max − min)·i/(size − 1). */
export function gridCoord(range: readonly [min: number, max: number], size: number, i: number): number {
  return range[0] + ((range[1] - range[0]) * i) / (size - 1);
}

/** The problem with a grid in one sentence, or undefined. */
export function checkGrid(grid: Grid): string | undefined {
  const { size, u, v } = grid;
  if (!Number.isInteger(size) || size < 2 || size > MAX_GRID) {
    return `the grid size must be a whole number from 2 to ${MAX_GRID}, got ${size}`;
  }
  for (const [name, r] of [['u', u], ['v', v]] as const) {
    if (!Number.isFinite(r[0]) || !Number.isFinite(r[1]) || !(r[0] < r[1])) {
      return `the ${name} range must be two finite numbers, min < max`;
    }
  }
  return undefined;
}

/** The sentence for `bad` undefined cells, the first at cell index `first` (j·G + i); shared with the GPU path. */
export function undefinedProblem(req: SurfaceRequest, bad: number, first: number): string {
  const G = req.grid.size;
  const u = gridCoord(req.grid.u, G, first % G).toPrecision(3);
  const v = gridCoord(req.grid.v, G, Math.floor(first / G)).toPrecision(3);
  const at = `u = ${u}, v = ${v}`;
  const title = getLoss(req.lossId)?.title ?? req.lossId;
  const why = surfaceLoss(req.dataset.kind, req.lossId)?.domain ?? 'the loss or its gradient is not a finite number there';
  return `${title} is undefined at ${bad} of ${G * G} grid cells (first at ${at}): ${why}.`;
}

function failed(size: number, problem: string): SurfaceResult {
  const cells = size * size;
  const nan = () => new Float64Array(cells).fill(Number.NaN);
  return { size, value: nan(), du: nan(), dv: nan(), problem, undefinedCells: cells };
}

/**
 * Value and gradient of the objective over `req.grid`, row-major (index j·G + i, i along u). A bad request
 * gives every cell NaN and `problem`; cells where the loss is undefined hold NaN and are counted in
 * `undefinedCells`, with `problem` saying where and why. Otherwise every number is finite.
 */
export function surfaceCpu(req: SurfaceRequest): SurfaceResult {
  const { grid } = req;
  const badGrid = checkGrid(grid);
  if (badGrid) return failed(Number.isInteger(grid.size) && grid.size >= 0 && grid.size <= MAX_GRID ? grid.size : 0, badGrid);
  let obj;
  try {
    obj = compileObjective(req);
  } catch (e) {
    return failed(grid.size, e instanceof Error ? e.message : String(e));
  }
  const G = grid.size;
  const value = new Float64Array(G * G);
  const du = new Float64Array(G * G);
  const dv = new Float64Array(G * G);
  const out = new Float64Array(3);
  let bad = 0;
  let firstBad = -1;
  for (let j = 0; j < G; j++) {
    const v = gridCoord(grid.v, G, j);
    for (let i = 0; i < G; i++) {
      const u = gridCoord(grid.u, G, i);
      const k = j * G + i;
      obj.evalInto(u, v, out);
      const a = out[0]!;
      const b = out[1]!;
      const c = out[2]!;
      if (Number.isFinite(a) && Number.isFinite(b) && Number.isFinite(c)) {
        value[k] = a;
        du[k] = b;
        dv[k] = c;
      } else {
        value[k] = du[k] = dv[k] = Number.NaN;
        if (bad++ === 0) firstBad = k;
      }
    }
  }
  if (bad === 0) return { size: G, value, du, dv };
  return { size: G, value, du, dv, problem: undefinedProblem(req, bad, firstBad), undefinedCells: bad };
}

/**
 * The surface of `req` from its data term alone: `data` is the surface of the same request with no
 * regularizer (its arrays' type is kept). Adds λR(w) and its gradient cell by cell, exactly as the
 * objective does, so changing only λ, the penalty or l1_ratio costs O(G²) instead of O(G²·N). A request
 * whose regularizer is invalid gets surfaceCpu's all-NaN result with the reason.
 */
export function withPenalty(data: SurfaceResult, req: SurfaceRequest): SurfaceResult {
  const G = data.size;
  let pen;
  try {
    pen = regularizerOf(req.reg, req.dataset, req.slice);
  } catch (e) {
    return failed(G, e instanceof Error ? e.message : String(e));
  }
  if (req.reg.kind === 'none') return data;
  const make = (a: Float64Array | Float32Array) => (a instanceof Float32Array ? new Float32Array(G * G) : new Float64Array(G * G));
  const value = make(data.value);
  const du = make(data.du);
  const dv = make(data.dv);
  const out = new Float64Array(3);
  for (let j = 0; j < G; j++) {
    const v = gridCoord(req.grid.v, G, j);
    for (let i = 0; i < G; i++) {
      const k = j * G + i;
      pen.addInto(gridCoord(req.grid.u, G, i), v, data.value[k]!, data.du[k]!, data.dv[k]!, out);
      value[k] = out[0]!;
      du[k] = out[1]!;
      dv[k] = out[2]!;
    }
  }
  return { ...data, value, du, dv };
}
