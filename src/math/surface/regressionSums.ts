/** The per-sample loops of the regression surface (see sums.ts for why there is one loop per loss). */
import { huberAt, huberDerivAt } from '../losses/huber';
import { logCoshAt, logCoshDerivAt } from '../losses/log_cosh';
import { maeAt, maeDerivAt } from '../losses/mae';
import { mseAt, mseDerivAt } from '../losses/mse';
import { msleAt, msleDerivAt } from '../losses/msle';
import { pinballAt, pinballDerivAt } from '../losses/quantile';
import { smoothL1At, smoothL1DerivAt } from '../losses/smooth_l1';
import type { ScalarSums } from './sums';

function put(out: Float64Array, s: number, gu: number, gv: number): void {
  out[0] = s;
  out[1] = gu;
  out[2] = gv;
}

/** f = u·x + v against target y: ℓ(r) of the residual r = f − y (msle: ℓ(f, y), defined for f, y > −1). */
export const REGRESSION_SUMS: Readonly<Record<string, ScalarSums>> = {
  mse: ({ a, b, y }, _q, u, v, out) => {
    let s = 0, gu = 0, gv = 0;
    for (let i = 0; i < y.length; i++) {
      const r = u * a[i]! + v * b[i]! - y[i]!;
      s += mseAt(r);
      const g = mseDerivAt(r);
      gu += g * a[i]!;
      gv += g * b[i]!;
    }
    put(out, s, gu, gv);
  },
  mae: ({ a, b, y }, _q, u, v, out) => {
    let s = 0, gu = 0, gv = 0;
    for (let i = 0; i < y.length; i++) {
      const r = u * a[i]! + v * b[i]! - y[i]!;
      s += maeAt(r);
      const g = maeDerivAt(r);
      gu += g * a[i]!;
      gv += g * b[i]!;
    }
    put(out, s, gu, gv);
  },
  huber: ({ a, b, y }, q, u, v, out) => {
    const delta = q[0]!;
    let s = 0, gu = 0, gv = 0;
    for (let i = 0; i < y.length; i++) {
      const r = u * a[i]! + v * b[i]! - y[i]!;
      s += huberAt(r, delta);
      const g = huberDerivAt(r, delta);
      gu += g * a[i]!;
      gv += g * b[i]!;
    }
    put(out, s, gu, gv);
  },
  smooth_l1: ({ a, b, y }, q, u, v, out) => {
    const beta = q[0]!;
    let s = 0, gu = 0, gv = 0;
    for (let i = 0; i < y.length; i++) {
      const r = u * a[i]! + v * b[i]! - y[i]!;
      s += smoothL1At(r, beta);
      const g = smoothL1DerivAt(r, beta);
      gu += g * a[i]!;
      gv += g * b[i]!;
    }
    put(out, s, gu, gv);
  },
  log_cosh: ({ a, b, y }, _q, u, v, out) => {
    let s = 0, gu = 0, gv = 0;
    for (let i = 0; i < y.length; i++) {
      const r = u * a[i]! + v * b[i]! - y[i]!;
      s += logCoshAt(r);
      const g = logCoshDerivAt(r);
      gu += g * a[i]!;
      gv += g * b[i]!;
    }
    put(out, s, gu, gv);
  },
  quantile: ({ a, b, y }, q, u, v, out) => {
    const tau = q[0]!;
    let s = 0, gu = 0, gv = 0;
    for (let i = 0; i < y.length; i++) {
      const r = u * a[i]! + v * b[i]! - y[i]!;
      s += pinballAt(r, tau);
      const g = pinballDerivAt(r, tau);
      gu += g * a[i]!;
      gv += g * b[i]!;
    }
    put(out, s, gu, gv);
  },
  msle: ({ a, b, y }, _q, u, v, out) => {
    let s = 0, gu = 0, gv = 0;
    for (let i = 0; i < y.length; i++) {
      const f = u * a[i]! + v * b[i]!;
      s += msleAt(f, y[i]!);
      const g = msleDerivAt(f, y[i]!);
      gu += g * a[i]!;
      gv += g * b[i]!;
    }
    put(out, s, gu, gv);
  },
};
