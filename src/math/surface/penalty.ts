/**
 * The regularizer λR(w) on a model's weights (never a bias), using the per-weight definitions of the
 * registry's l1, l2 and elastic_net entries. The weights are affine in the grid coordinates,
 * w_k = o_k + u·p_k + v·q_k, which covers every model (each model's weightMap says how).
 */
import { elasticNetAt, elasticNetDerivAt } from '../losses/elastic_net';
import { l1At, l1DerivAt } from '../losses/l1';
import { l2At, l2DerivAt } from '../losses/l2';
import { SurfaceInputError } from './errors';
import { SURFACE_MODELS } from './models';
import type { Dataset, Regularizer, Slice } from './types';

export interface Penalty {
  /** out = [data + λR(u, v), du + ∂λR/∂u, dv + ∂λR/∂v]. */
  addInto(u: number, v: number, data: number, du: number, dv: number, out: Float64Array): void;
}

/** λR of a weight vector: Σ_k r(w_k) with r = λ|w| (l1), λw² (l2) or λ(ρ|w| + (1−ρ)w²) (elastic_net). */
export function penaltyOf(reg: Regularizer, w: readonly number[]): number {
  const [r] = perWeight(reg);
  let s = 0;
  for (const wk of w) s += r(wk);
  return s;
}

type PerWeight = readonly [value: (w: number) => number, deriv: (w: number) => number];

function perWeight(reg: Regularizer): PerWeight {
  if (reg.kind === 'none') return [() => 0, () => 0];
  const { lambda, l1Ratio } = reg;
  if (!(Number.isFinite(lambda) && lambda >= 0)) throw new SurfaceInputError(`λ must be a finite number ≥ 0, got ${lambda}`);
  if (reg.kind === 'l1') return [(w) => l1At(w, lambda), (w) => l1DerivAt(w, lambda)];
  if (reg.kind === 'l2') return [(w) => l2At(w, lambda), (w) => l2DerivAt(w, lambda)];
  if (reg.kind === 'elastic_net') {
    if (!(l1Ratio >= 0 && l1Ratio <= 1)) throw new SurfaceInputError(`l1_ratio must lie in [0, 1], got ${l1Ratio}`);
    return [(w) => elasticNetAt(w, lambda, l1Ratio), (w) => elasticNetDerivAt(w, lambda, l1Ratio)];
  }
  throw new SurfaceInputError(`unknown regularizer "${String((reg as { kind: unknown }).kind)}"`);
}

/** The affine weight map (o, p, q) of a model: w = o + u·p + v·q (the model's weightMap). */
export function weightMap(ds: Dataset, slice?: Slice): { o: Float64Array; p: Float64Array; q: Float64Array } {
  return SURFACE_MODELS[ds.kind].weightMap(ds, slice);
}

/** The Penalty of `reg` on the weights of `ds`'s model (with `slice` for softmax3). */
export function regularizerOf(reg: Regularizer, ds: Dataset, slice?: Slice): Penalty {
  const [r, dr] = perWeight(reg);
  if (reg.kind === 'none') {
    return {
      addInto(_u, _v, data, du, dv, out) {
        out[0] = data;
        out[1] = du;
        out[2] = dv;
      },
    };
  }
  const { o, p, q } = weightMap(ds, slice);
  const K = o.length;
  return {
    addInto(u, v, data, du, dv, out) {
      let s = 0;
      let gu = 0;
      let gv = 0;
      for (let k = 0; k < K; k++) {
        const w = o[k]! + u * p[k]! + v * q[k]!;
        s += r(w);
        const g = dr(w);
        gu += g * p[k]!;
        gv += g * q[k]!;
      }
      out[0] = data + s;
      out[1] = du + gu;
      out[2] = dv + gv;
    },
  };
}
