import { unit } from '../numerics-metric';
import { normals } from '../random';
import { LossInputError, mat, sameLength, vec } from '../tensor';
import type { Inputs, ParamSpec, Rng } from '../types';

/** The scale s of the margin softmaxes (ArcFace, CosFace): the radius of the sphere the logits live on. */
export const sphereRadius = (byDefault: number): ParamSpec => ({
  name: 's', symbol: 's', default: byDefault, range: [1, 80], step: 1, meaning: 'radius of the sphere: multiplies every cosine before the softmax',
});

/** x [n][d], W [C][d] and class ids y [n], checked; W's rows as unit vectors with their lengths. */
export function embeddingsAndClasses(inputs: Inputs) {
  const x = mat(inputs, 'x');
  const W = mat(inputs, 'W').map((r, j) => unit(r, `W[${j}]`));
  const y = vec(inputs, 'y');
  sameLength(x, y);
  if (W.length === 0 || W[0]!.u.length !== x[0]!.length) throw new LossInputError('W must be [C][d] with the same d as x');
  for (const t of y) if (!Number.isInteger(t) || t < 0 || t >= W.length) throw new LossInputError(`class id ${t} is not in 0..${W.length - 1}`);
  return { x, W, y };
}

export const CLASS_WEIGHT_INPUTS = (xMeaning: string) =>
  [
    { name: 'x', shape: '[n][d]', meaning: xMeaning, differentiable: true },
    { name: 'W', shape: '[C][d]', meaning: 'class weight vectors (normalised inside the loss)', differentiable: true },
    { name: 'y', shape: '[n]', meaning: 'class ids in 0..C−1', differentiable: false },
  ] as const;

/** The profiles' classes: the true one plus three others whose cosines are held at 0. */
export const OTHERS = 3;

/**
 * The profile's batch for cos θ_y = c: W = e₀…e₃ and x = len·(c, 0, 0, 0, √(1 − c²)), so that every other cosine is 0;
 * d/dc reads the gradient along that path.
 */
export function cosineBatch(c: number, len: number) {
  const r = Math.sqrt(1 - c * c);
  const W = Array.from({ length: OTHERS + 1 }, (_, j) => Array.from({ length: OTHERS + 2 }, (__, t) => (t === j ? 1 : 0)));
  const x = [[len * c, 0, 0, 0, len * r]];
  return {
    inputs: { x, W, y: [0] },
    dx: (g: Readonly<Record<string, unknown>>) => len * ((g.x as number[][])[0]![0]! - ((g.x as number[][])[0]![OTHERS + 1]! * c) / r),
  };
}

export function sampleClasses(rng: Rng, n: number) {
  return {
    x: Array.from({ length: n }, () => normals(rng, 4)),
    W: Array.from({ length: 5 }, () => normals(rng, 4)),
    y: Array.from({ length: n }, () => Math.floor(rng() * 5)),
  };
}
