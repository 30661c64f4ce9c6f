/**
 * A 2-D window into the 3-class linear classifier's 9 weights, loss-landscape style: W(u, v) = W* + u·d1 + v·d2
 * around a trained W*, along two seeded random directions scaled per class to the trained weights
 * (filter normalization, Li et al. 2018, "Visualizing the Loss Landscape of Neural Nets").
 */
import { normal, normals, seededRng } from '../../../random';
import { checkData } from '../../dataCheck';
import { CENTRES, SOFTMAX3_DATA } from './data';
import { smoothedCeAt, smoothedCeGradAt } from '../../../losses/softmax_ce';
import { SurfaceInputError } from '../../errors';
import type { Dataset, Slice, SliceChoice } from '../../types';

export type { SliceChoice };

/**
 * A slice through the 3-class weights for checks: the nearest-centre classifier (w_k = c_k,
 * b_k = −|c_k|²/2) as origin and two seeded random directions, so every cell is a different W.
 */
export function checkSlice(seed: number): Slice {
  const origin = new Float64Array(9);
  CENTRES.forEach(([cx, cy], k) => origin.set([cx, cy, -(cx * cx + cy * cy) / 2], 3 * k));
  const rng = seededRng(seed);
  return { origin, d1: Float64Array.from(normals(rng, 9)), d2: Float64Array.from(normals(rng, 9)) };
}

/**
 * Mean softmax cross-entropy (label smoothing 0) of W (3×(d+1), row-major, last column bias) plus λΣw² over
 * the non-bias weights, and its gradient ∂/∂W = mean_i (p_i − e_{y_i}) x̃_iᵀ + 2λW (bias column: no 2λW).
 */
export function softmaxObjective(ds: Dataset, W: Float64Array, lambda: number): { value: number; grad: Float64Array } {
  const cols = ds.d + 1;
  const grad = new Float64Array(3 * cols);
  const z = [0, 0, 0];
  let value = 0;
  for (let i = 0; i < ds.n; i++) {
    const xt = (c: number) => (c === ds.d ? 1 : ds.x[i * ds.d + c]!);
    for (let k = 0; k < 3; k++) {
      z[k] = 0;
      for (let c = 0; c < cols; c++) z[k]! += W[k * cols + c]! * xt(c);
    }
    value += smoothedCeAt(z, ds.y[i]!, 0) / ds.n;
    const g = smoothedCeGradAt(z, ds.y[i]!, 0);
    for (let k = 0; k < 3; k++) for (let c = 0; c < cols; c++) grad[k * cols + c]! += (g[k]! * xt(c)) / ds.n;
  }
  for (let k = 0; k < 3; k++) {
    for (let c = 0; c < ds.d; c++) {
      const w = W[k * cols + c]!;
      value += lambda * w * w;
      grad[k * cols + c]! += 2 * lambda * w;
    }
  }
  return { value, grad };
}

/**
 * W* after `steps` of gradient descent from W = 0 on softmaxObjective, with step 1/L where
 * L = ½·max_i ‖x̃_i‖² + 2λ bounds the curvature (softmax's Jacobian has norm ≤ ½), so every step descends.
 */
export function trainSoftmax(ds: Dataset, steps = 300, lambda = 1e-3): Float64Array {
  if (ds.kind !== 'softmax3') throw new SurfaceInputError('a slice needs 3-class data');
  const bad = checkData(ds, SOFTMAX3_DATA);
  if (bad) throw new SurfaceInputError(bad);
  let maxSq = 1;
  for (let i = 0; i < ds.n; i++) {
    let s = 1;
    for (let c = 0; c < ds.d; c++) s += ds.x[i * ds.d + c]! ** 2;
    maxSq = Math.max(maxSq, s);
  }
  const lr = 1 / (0.5 * maxSq + 2 * lambda);
  const W = new Float64Array(3 * (ds.d + 1));
  for (let t = 0; t < steps; t++) {
    const { grad } = softmaxObjective(ds, W, lambda);
    for (let k = 0; k < W.length; k++) W[k]! -= lr * grad[k]!;
  }
  return W;
}

/** A seeded random direction on the non-bias weights (bias entries 0), made orthogonal to `against`. */
function randomDirection(rng: () => number, d: number, against?: Float64Array): Float64Array {
  const cols = d + 1;
  const dir = Float64Array.from({ length: 3 * cols }, (_, k) => (k % cols === d ? 0 : normal(rng)));
  if (against) {
    let dot = 0;
    let sq = 0;
    for (let k = 0; k < dir.length; k++) {
      dot += dir[k]! * against[k]!;
      sq += against[k]! ** 2;
    }
    if (sq > 0) for (let k = 0; k < dir.length; k++) dir[k]! -= (dot / sq) * against[k]!;
  }
  return dir;
}

/** Filter normalization: each class row of `dir` rescaled to the length of that row of W (weights only). */
function filterNormalize(dir: Float64Array, W: Float64Array, d: number): Float64Array {
  const cols = d + 1;
  const out = Float64Array.from(dir);
  for (let k = 0; k < 3; k++) {
    let dn = 0;
    let wn = 0;
    for (let c = 0; c < d; c++) {
      dn += dir[k * cols + c]! ** 2;
      wn += W[k * cols + c]! ** 2;
    }
    const scale = dn > 0 ? Math.sqrt(wn > 1e-18 ? wn : 1) / Math.sqrt(dn) : 0;
    for (let c = 0; c < d; c++) out[k * cols + c]! *= scale;
  }
  return out;
}

/**
 * The slice for a 3-class dataset: origin W* = trainSoftmax(ds) (300 GD steps on softmax cross-entropy with
 * L2 λ = 10⁻³), d1 and d2 seeded random directions on the six class weights (d2 made orthogonal to d1,
 * biases held at W*'s), each class row scaled to the length of W*'s row. Throws SurfaceInputError on bad data.
 */
export function softmaxSlice(ds: Dataset, seed = 1): SliceChoice {
  const origin = trainSoftmax(ds);
  const rng = seededRng(seed);
  const r1 = randomDirection(rng, ds.d);
  const r2 = randomDirection(rng, ds.d, r1);
  return {
    slice: { origin, d1: filterNormalize(r1, origin, ds.d), d2: filterNormalize(r2, origin, ds.d) },
    grid: { u: [-1, 1], v: [-1, 1], size: 128 },
    origin: 'the centre is the classifier trained by 300 steps of gradient descent on softmax cross-entropy with a tiny L2 penalty',
    d1:
      `u moves the six class weights along a random direction (seed ${seed}), each class's row scaled to the ` +
      "length of its trained row; biases stay fixed",
    d2: `v moves them along a second random direction, drawn perpendicular to the first, then scaled the same way`,
  };
}
