import type * as TfCore from '@tensorflow/tfjs-core';
import type { Tensor } from '@tensorflow/tfjs-core';
import { num, withDefaults } from '../../tensor';
import { getLoss } from '../../losses';
import { gridCoord } from '../../surface/surfaceCpu';
import type { SurfaceRequest, SurfaceResult } from '../../surface/types';
import type { Params } from '../../types';
import { assembleSurface } from './assemble';

type Tf = typeof TfCore;
/** (ℓ, ℓ') of a [G², N] tensor of residuals (regression) or margins (binary), in stock tfjs ops. */
type StockProfile = (tf: Tf, x: Tensor, p: Params) => [Tensor, Tensor];

const STOCK: Readonly<Record<string, StockProfile>> = {
  mse: (tf, r) => [tf.square(r), tf.mul(r, 2)],
  mae: (tf, r) => [tf.abs(r), tf.sign(r)],
  hinge: (tf, m, p) => {
    const h = tf.sub(num(p, 'margin'), m);
    return [tf.relu(h), tf.neg(tf.cast(tf.greaterEqual(h, 0), 'float32'))];
  },
  squared_hinge: (tf, m, p) => {
    const h = tf.relu(tf.sub(num(p, 'margin'), m));
    return [tf.square(h), tf.mul(h, -2)];
  },
  bce_logits: (tf, m) => [tf.softplus(tf.neg(m)), tf.neg(tf.sigmoid(tf.neg(m)))],
};

/** Loss ids the stock-ops baseline covers (regression mse, mae; binary hinge, squared_hinge, logistic). */
export const STOCK_LOSSES: readonly string[] = Object.keys(STOCK);

/**
 * The benchmark's baseline: the same surface as surfaceGpu from ordinary tfjs ops, which materialise
 * the [G², N] matrix of residuals or margins (and several like it) instead of looping in one shader.
 * Same result contract (λR added in float64 by assembleSurface); every tensor is disposed.
 */
export async function surfaceStockOps(tf: Tf, req: SurfaceRequest): Promise<SurfaceResult> {
  const { dataset: ds, grid } = req;
  const stock = STOCK[req.lossId];
  const spec = getLoss(req.lossId);
  if (!stock || !spec || ds.kind === 'softmax3') throw new Error(`no stock-ops surface for ${ds.kind}/${req.lossId}`);
  const p = withDefaults(spec, req.params);
  const G = grid.size;
  const n = ds.n;
  const us = new Float32Array(G * G);
  const vs = new Float32Array(G * G);
  for (let k = 0; k < G * G; k++) {
    us[k] = gridCoord(grid.u, G, k % G);
    vs[k] = gridCoord(grid.v, G, Math.floor(k / G));
  }
  // Per-sample (a, b, c): regression f = u·x + v, r = f − y; binary m = u·(y x₁) + v·(y x₂).
  const a = new Float32Array(n);
  const b = new Float32Array(n);
  const c = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const reg = ds.kind === 'regression';
    a[i] = reg ? ds.x[i]! : ds.y[i]! * ds.x[2 * i]!;
    b[i] = reg ? 1 : ds.y[i]! * ds.x[2 * i + 1]!;
    c[i] = reg ? ds.y[i]! : 0;
  }
  const packed = tf.tidy(() => {
    const U = tf.tensor2d(us, [G * G, 1]);
    const V = tf.tensor2d(vs, [G * G, 1]);
    const A = tf.tensor2d(a, [1, n]);
    const B = tf.tensor2d(b, [1, n]);
    const x = tf.sub(tf.add(tf.mul(U, A), tf.mul(V, B)), tf.tensor2d(c, [1, n]));
    const [l, d] = stock(tf, x, p);
    const cols = [tf.mean(l, 1), tf.mean(tf.mul(d, A), 1), tf.mean(tf.mul(d, B), 1), tf.zeros([G * G])];
    return tf.stack(cols, 1);
  });
  try {
    return assembleSurface(req, await packed.data());
  } finally {
    packed.dispose();
  }
}
