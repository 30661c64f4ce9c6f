/**
 * Helpers shared by the softmax-family losses: a log-softmax that keeps the winning class's
 * log-probability to full relative precision, and validation of class-id and matrix inputs.
 */
import { mean } from './numerics';
import { LossInputError, mat, vec } from './tensor';
import type { Grads, Inputs } from './types';

/**
 * log softmax(x)ᵢ = (xᵢ − m) − log1p(s), where m = max x and s = Σ_{j≠k} e^{x_j − m} over every
 * class but the first maximiser k. Unlike x − logSumExp(x), this keeps log p_k = −log1p(s) when
 * p_k is within 1e-20 (or 1e-300) of 1, so 1 − p_k = −expm1(log p_k) is exact there too.
 */
export function logSoftmaxTight(xs: readonly number[]): number[] {
  let k = 0;
  for (let j = 1; j < xs.length; j++) if (xs[j]! > xs[k]!) k = j;
  const m = xs[k]!;
  if (m === Infinity || m === -Infinity) return xs.map((x) => (x === m ? 0 : -Infinity));
  let s = 0;
  for (let j = 0; j < xs.length; j++) if (j !== k) s += Math.exp(xs[j]! - m);
  const l = Math.log1p(s);
  return xs.map((x) => x - m - l);
}

/** 1 − p from log p without cancellation near p = 1: −expm1(log p). */
export function oneMinusFromLog(logP: number): number {
  return -Math.expm1(logP);
}

/** A matrix input [n][C] with n ≥ 1 and C ≥ 2. */
export function classMatrix(inputs: Inputs, name: string): readonly (readonly number[])[] {
  const m = mat(inputs, name);
  if (m.length === 0) throw new LossInputError('a batch needs at least one sample');
  if (m[0]!.length < 2) throw new LossInputError(`input "${name}" needs at least two classes per row`);
  return m;
}

/** Class ids [n]: integers in [0, C), one per row of a [n][C] matrix. */
export function classIds(inputs: Inputs, name: string, n: number, classes: number): readonly number[] {
  const y = vec(inputs, name);
  if (y.length !== n) throw new LossInputError(`input "${name}" has ${y.length} entries, expected ${n}`);
  for (const c of y) {
    if (!Number.isInteger(c) || c < 0 || c >= classes) {
      throw new LossInputError(`input "${name}" must hold class ids 0…${classes - 1}; got ${c}`);
    }
  }
  return y;
}

/** Two matrices of the same shape [n][C]; returns [n, C]. */
export function sameShape(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): [number, number] {
  if (a.length !== b.length || a[0]!.length !== b[0]!.length) {
    throw new LossInputError('inputs have different shapes');
  }
  return [a.length, a[0]!.length];
}

/** mean_i ℓ(row_i, y_i) over a [n][C] input `name` and the class ids in `target`. */
export function meanOverRows(inputs: Inputs, name: string, loss: (row: readonly number[], y: number) => number): number {
  const z = classMatrix(inputs, name);
  const y = classIds(inputs, 'target', z.length, z[0]!.length);
  return mean(z.map((row, i) => loss(row, y[i]!)));
}

/** The gradient of that mean with respect to input `name`: ∇ℓ(row_i, y_i) / n, row by row. */
export function gradOverRows(inputs: Inputs, name: string, grad: (row: readonly number[], y: number) => readonly number[]): Grads {
  const z = classMatrix(inputs, name);
  const n = z.length;
  const y = classIds(inputs, 'target', n, z[0]!.length);
  return { [name]: z.map((row, i) => grad(row, y[i]!).map((g) => g / n)) };
}
