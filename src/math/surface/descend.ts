/**
 * First-order optimizers on a 2-coordinate objective, for drawing their paths on the surface:
 * gradient descent, heavy-ball momentum, and projected gradient descent under a max-norm constraint.
 */
import type { ObjectivePoint } from './types';

export type Method = 'gd' | 'momentum' | 'projected';

export interface PathPoint {
  readonly u: number;
  readonly v: number;
  readonly value: number;
}

export interface DescendOptions {
  /** J(u, v) with its partial derivatives (makeObjective gives one). */
  readonly objective: (u: number, v: number) => ObjectivePoint;
  readonly start: readonly [u: number, v: number];
  readonly method: Method;
  /** Learning rate η > 0: the step is −η·∇J. */
  readonly lr: number;
  /** Number of updates (the path has at most steps + 1 points). */
  readonly steps: number;
  /** Heavy-ball β ∈ [0, 1) for 'momentum' (default 0.9). */
  readonly momentum?: number;
  /** Max-norm c > 0 for 'projected': after each step the weights are scaled back into ‖w‖₂ ≤ c. */
  readonly maxNorm?: number;
  /** Which coordinates are weights; a bias is never projected. Default 'uv'; regression is 'u' (see WEIGHT_AXES). */
  readonly weightAxes?: 'u' | 'uv';
}

export interface Descent {
  /** Start point first; every entry finite. */
  readonly path: readonly PathPoint[];
  /**
   * Why it stopped: all steps taken, a zero gradient (nothing moves), divergence (the loss blew up), or an
   * invalid setting (learning rate, β, max-norm, or a start where J is undefined; the path is then empty).
   */
  readonly stop: 'steps' | 'stationary' | 'diverged' | 'invalid';
  /** A sentence for the UI when it stopped early. */
  readonly message?: string;
}

/** Projection onto ‖w‖₂ ≤ c of the weight coordinates: w ← w·min(1, c/‖w‖₂); a bias coordinate is left alone. */
export function projectMaxNorm(u: number, v: number, c: number, axes: 'u' | 'uv'): [number, number] {
  const norm = axes === 'u' ? Math.abs(u) : Math.hypot(u, v);
  if (norm <= c) return [u, v];
  const s = c / norm;
  return axes === 'u' ? [u * s, v] : [u * s, v * s];
}

/** A loss this many times its starting size (plus one) counts as divergence, long before it overflows. */
export const BLOW_UP = 1e12;

const finite = (p: ObjectivePoint) => Number.isFinite(p.value) && Number.isFinite(p.du) && Number.isFinite(p.dv);

/**
 * Runs `steps` updates from `start`. gd: w ← w − η∇J. momentum (heavy ball): m ← βm − η∇J, w ← w + m.
 * projected: w ← P(w − η∇J) with P the max-norm projection (the start is projected too). Stops early at a
 * zero gradient, or when J or ∇J stops being finite or J exceeds BLOW_UP·(1 + |J(start)|) ("diverged"), so the
 * path never holds NaN or ∞.
 */
export function descend(o: DescendOptions): Descent {
  const { objective, method, lr, steps } = o;
  const beta = o.momentum ?? 0.9;
  const c = o.maxNorm ?? Infinity;
  const axes = o.weightAxes ?? 'uv';
  const invalid = (message: string): Descent => ({ path: [], stop: 'invalid', message });
  if (!(lr > 0) || !Number.isFinite(lr)) return invalid('The learning rate must be a positive number.');
  if (method === 'momentum' && !(beta >= 0 && beta < 1)) return invalid('Momentum β must lie in [0, 1).');
  if (method === 'projected' && !(c > 0)) return invalid('The max-norm bound must be positive.');
  let [u, v] = method === 'projected' ? projectMaxNorm(o.start[0], o.start[1], c, axes) : o.start;
  const first = Number.isFinite(u) && Number.isFinite(v) ? objective(u, v) : undefined;
  if (!first || !finite(first)) return invalid('The objective is not defined at the start point.');
  let at = first;
  const path: PathPoint[] = [{ u, v, value: at.value }];
  const ceiling = BLOW_UP * (1 + Math.abs(at.value));
  let mu = 0;
  let mv = 0;
  for (let k = 0; k < steps; k++) {
    if (at.du === 0 && at.dv === 0 && mu === 0 && mv === 0) {
      return { path, stop: 'stationary', message: `The gradient is exactly zero after ${k} steps: nothing moves from here.` };
    }
    let nu: number;
    let nv: number;
    if (method === 'momentum') {
      mu = beta * mu - lr * at.du;
      mv = beta * mv - lr * at.dv;
      nu = u + mu;
      nv = v + mv;
    } else {
      nu = u - lr * at.du;
      nv = v - lr * at.dv;
      if (method === 'projected') [nu, nv] = projectMaxNorm(nu, nv, c, axes);
    }
    const next = Number.isFinite(nu) && Number.isFinite(nv) ? objective(nu, nv) : undefined;
    if (!next || !finite(next) || Math.abs(next.value) > ceiling) {
      const message = `Diverged at step ${k + 1}: the loss grew without bound. Lower the learning rate.`;
      return { path, stop: 'diverged', message };
    }
    u = nu;
    v = nv;
    at = next;
    path.push({ u, v, value: at.value });
  }
  return { path, stop: 'steps' };
}
