/** The per-sample loops of the classifier surfaces (see sums.ts for why there is one loop per loss). */
import { focalAt, focalDerivAt } from '../losses/focal';
import { hingeAt, hingeDerivAt } from '../losses/hinge';
import { multiclassHingeAt, multiclassHingeGradAt } from '../losses/multiclass_hinge';
import { smoothedCeAt, smoothedCeGradAt } from '../losses/softmax_ce';
import { squaredHingeAt, squaredHingeDerivAt } from '../losses/squared_hinge';
import type { ScalarSums, SliceSums } from './sums';

function put(out: Float64Array, s: number, gu: number, gv: number): void {
  out[0] = s;
  out[1] = gu;
  out[2] = gv;
}

/** f = u·x₁ + v·x₂ against a label y = ±1: margin losses of m = y·f; focal of the logit f with target (y + 1)/2. */
export const BINARY_SUMS: Readonly<Record<string, ScalarSums>> = {
  hinge: ({ a, b, y }, q, u, v, out) => {
    const margin = q[0]!;
    let s = 0, gu = 0, gv = 0;
    for (let i = 0; i < y.length; i++) {
      const f = u * a[i]! + v * b[i]!;
      s += hingeAt(f, y[i]!, margin);
      const g = hingeDerivAt(f, y[i]!, margin);
      gu += g * a[i]!;
      gv += g * b[i]!;
    }
    put(out, s, gu, gv);
  },
  squared_hinge: ({ a, b, y }, q, u, v, out) => {
    const margin = q[0]!;
    let s = 0, gu = 0, gv = 0;
    for (let i = 0; i < y.length; i++) {
      const f = u * a[i]! + v * b[i]!;
      s += squaredHingeAt(f, y[i]!, margin);
      const g = squaredHingeDerivAt(f, y[i]!, margin);
      gu += g * a[i]!;
      gv += g * b[i]!;
    }
    put(out, s, gu, gv);
  },
  // bce_logits' margin profile is bceLogitsAt(m, 1) = 1·softplus(−m) + 0·softplus(m), derivative 0·σ(m) − 1·σ(−m).
  // Below, softplus(−m) = max(−m, 0) + log1p(e) and σ(−m) = 1/(1 + e) (m ≤ 0) or e/(1 + e) (m > 0), with
  // e = exp(−|m|), are numerics.ts's softplus and sigmoid step for step sharing one exp: the same numbers bit for
  // bit (sums.test.ts) for a third of the exp/log calls.
  bce_logits: ({ a, b, y }, _q, u, v, out) => {
    let s = 0, gu = 0, gv = 0;
    for (let i = 0; i < y.length; i++) {
      const yi = y[i]!;
      const m = yi * (u * a[i]! + v * b[i]!);
      const e = Math.exp(-Math.abs(m));
      s += Math.max(-m, 0) + Math.log1p(e);
      const g = -yi * (m <= 0 ? 1 / (1 + e) : e / (1 + e));
      gu += g * a[i]!;
      gv += g * b[i]!;
    }
    put(out, s, gu, gv);
  },
  focal: ({ a, b, y }, q, u, v, out) => {
    const gamma = q[0]!;
    const alpha = q[1]!;
    let s = 0, gu = 0, gv = 0;
    for (let i = 0; i < y.length; i++) {
      const f = u * a[i]! + v * b[i]!;
      const t = (y[i]! + 1) / 2;
      s += focalAt(f, t, gamma, alpha);
      const g = focalDerivAt(f, t, gamma, alpha);
      gu += g * a[i]!;
      gv += g * b[i]!;
    }
    put(out, s, gu, gv);
  },
};

/** One loop per 3-class loss; the gradient with respect to the logit row is chained through za and zb. */
export const SLICE_SUMS: Readonly<Record<string, SliceSums>> = {
  softmax_ce: ({ z0, za, zb, y, z }, q, u, v, out) => {
    let s = 0, gu = 0, gv = 0;
    for (let i = 0; i < y.length; i++) {
      const o = 3 * i;
      for (let k = 0; k < 3; k++) z[k] = z0[o + k]! + u * za[o + k]! + v * zb[o + k]!;
      s += smoothedCeAt(z, y[i]!, q[0]!);
      const g = smoothedCeGradAt(z, y[i]!, q[0]!);
      for (let k = 0; k < 3; k++) {
        gu += g[k]! * za[o + k]!;
        gv += g[k]! * zb[o + k]!;
      }
    }
    put(out, s, gu, gv);
  },
  multiclass_hinge: ({ z0, za, zb, y, z }, q, u, v, out) => {
    let s = 0, gu = 0, gv = 0;
    for (let i = 0; i < y.length; i++) {
      const o = 3 * i;
      for (let k = 0; k < 3; k++) z[k] = z0[o + k]! + u * za[o + k]! + v * zb[o + k]!;
      s += multiclassHingeAt(z, y[i]!, q[0]!, q[1]!);
      const g = multiclassHingeGradAt(z, y[i]!, q[0]!, q[1]!);
      for (let k = 0; k < 3; k++) {
        gu += g[k]! * za[o + k]!;
        gv += g[k]! * zb[o + k]!;
      }
    }
    put(out, s, gu, gv);
  },
};
