/**
 * Where the objective is smallest: the best grid cell, a refined minimum found by descending from it, and
 * the path of the regularized optimum as λ varies.
 */
import { makeObjective } from './objective';
import { gridCoord, surfaceCpu } from './surfaceCpu';
import type { Grid, ObjectivePoint, SurfaceRequest, SurfaceResult } from './types';

export interface Optimum {
  readonly u: number;
  readonly v: number;
  readonly value: number;
}

/** The cell with the smallest finite value: its indices (index j·G + i) and coordinates; undefined if none. */
export function argminOnGrid(result: SurfaceResult, grid: Grid): (Optimum & { i: number; j: number }) | undefined {
  const G = result.size;
  let best = -1;
  for (let k = 0; k < G * G; k++) {
    const x = result.value[k]!;
    if (Number.isFinite(x) && (best < 0 || x < result.value[best]!)) best = k;
  }
  if (best < 0) return undefined;
  const i = best % G;
  const j = Math.floor(best / G);
  return { i, j, u: gridCoord(grid.u, G, i), v: gridCoord(grid.v, G, j), value: result.value[best]! };
}

/**
 * Refines a minimum by descent with a normalised step h: from w try w − h·d for d = ∇J/‖∇J‖; if J does not
 * drop, try the bisector of this and the previous gradient (which runs along a kink), then each axis alone
 * (which slides along L1's kinks at u = 0 or v = 0). A drop is accepted (h ← 1.5h after a gradient step);
 * when nothing drops, h ← h/2. Works on kinked losses (hinge, MAE, L1) where fixed-rate GD rattles.
 * `step` is the first h (e.g. a grid cell); stops at a zero gradient, when h underflows, or after `iterations`.
 */
export function refineMinimum(
  objective: (u: number, v: number) => ObjectivePoint,
  start: readonly [u: number, v: number],
  opts: { readonly step?: number; readonly iterations?: number } = {},
): Optimum {
  let [u, v] = start;
  let at = objective(u, v);
  let h = opts.step ?? 0.1;
  let prev: readonly [number, number] | undefined;
  const iterations = opts.iterations ?? 400;
  for (let k = 0; k < iterations && Number.isFinite(at.value); k++) {
    const g = Math.hypot(at.du, at.dv);
    if (g === 0 || !Number.isFinite(g) || h < 1e-14 * (1 + Math.abs(u) + Math.abs(v))) break;
    const dirs: [number, number][] = [[at.du / g, at.dv / g]];
    if (prev) {
      const [bu, bv] = [at.du / g + prev[0], at.dv / g + prev[1]];
      const b = Math.hypot(bu, bv);
      if (b > 1e-9) dirs.push([bu / b, bv / b]);
    }
    if (at.du !== 0) dirs.push([Math.sign(at.du), 0]);
    if (at.dv !== 0) dirs.push([0, Math.sign(at.dv)]);
    prev = dirs[0];
    let moved = false;
    for (let d = 0; d < dirs.length && !moved; d++) {
      const [du, dv] = dirs[d]!;
      const next = objective(u - h * du, v - h * dv);
      if (next.value < at.value) {
        u -= h * du;
        v -= h * dv;
        at = next;
        moved = true;
        if (d === 0) h *= 1.5;
      }
    }
    if (!moved) h *= 0.5;
  }
  return { u, v, value: at.value };
}

/** The refined minimum of a request: argmin of the CPU surface on `req.grid`, then refineMinimum from there. */
export function minimumOf(req: SurfaceRequest, surface: SurfaceResult = surfaceCpu(req)): Optimum | undefined {
  const cell = argminOnGrid(surface, req.grid);
  if (!cell) return undefined;
  const G = req.grid.size;
  const step = Math.max((req.grid.u[1] - req.grid.u[0]) / (G - 1), (req.grid.v[1] - req.grid.v[0]) / (G - 1));
  return refineMinimum(makeObjective(req), [cell.u, cell.v], { step });
}

export interface PathOptimum extends Optimum {
  readonly lambda: number;
}

/**
 * The regularized optimum argmin_w (mean loss + λR(w)) for each λ in `lambdas`, in their order, each
 * warm-started from the previous one (the first from the best cell of a 48×48 surface over req.grid).
 * R is req.reg's kind and l1Ratio; a 'none' regularizer is read as L2. Entries whose objective is undefined
 * are left out.
 */
export function regularizationPath(req: SurfaceRequest, lambdas: readonly number[]): PathOptimum[] {
  const kind = req.reg.kind === 'none' ? 'l2' : req.reg.kind;
  const l1Ratio = req.reg.kind === 'none' ? 0 : req.reg.l1Ratio;
  const out: PathOptimum[] = [];
  let from: readonly [number, number] | undefined;
  const cell = Math.max(req.grid.u[1] - req.grid.u[0], req.grid.v[1] - req.grid.v[0]) / 48;
  for (const lambda of lambdas) {
    const at: SurfaceRequest = { ...req, reg: { kind, lambda, l1Ratio } };
    if (!from) {
      const coarse = argminOnGrid(surfaceCpu({ ...at, grid: { ...req.grid, size: 48 } }), req.grid);
      if (!coarse) continue;
      from = [coarse.u, coarse.v];
    }
    let objective;
    try {
      objective = makeObjective(at);
    } catch {
      continue;
    }
    const best = refineMinimum(objective, from, { step: cell, iterations: 400 });
    if (!Number.isFinite(best.value)) continue;
    out.push({ lambda, ...best });
    from = [best.u, best.v];
  }
  return out;
}

/**
 * Whether the surface is (numerically) zero on more than one cell and that zero set touches the
 * window's edge: the minimizer is then not unique — on separable data, scaling zero-loss weights by
 * any c > 1 keeps the loss at zero, so the zero region runs off to infinity.
 */
export function zeroRegionReachesEdge(result: SurfaceResult, tol = 1e-9): boolean {
  const G = result.size;
  let zeros = 0;
  let edge = false;
  for (let j = 0; j < G; j++) {
    for (let i = 0; i < G; i++) {
      if (result.value[j * G + i]! <= tol) {
        zeros++;
        if (i === 0 || j === 0 || i === G - 1 || j === G - 1) edge = true;
      }
    }
  }
  return zeros > 1 && edge;
}
