import { cosineGradients, crossEntropyRow, dot, unit, zeros } from '../numerics-metric';
import { sigmoid, softplus, sum } from '../numerics';
import { normals } from '../random';
import { LossInputError, mat, num, sameLength, vec } from '../tensor';
import type { Inputs, LossSpec, Params } from '../types';
import { sphereRadius } from './classWeights';

/** Cosines are clamped to ±(1 − 1e-7) before acos, as in common ArcFace code; the clamp stops the gradient. */
export const COS_LIMIT = 1 - 1e-7;

/**
 * The true-class logit s·cos(θ + m) for cos θ = c (clamped to ±COS_LIMIT), scale s > 0 and additive angular
 * margin m ≥ 0 in radians. With θ + m > π it turns back upwards; no "easy margin" fix-up is applied.
 */
export function arcLogit(c: number, s: number, m: number): number {
  return s * Math.cos(Math.acos(Math.min(COS_LIMIT, Math.max(-COS_LIMIT, c))) + m);
}

/** d(s·cos(θ + m))/d cos θ = s·sin(θ + m)/sin θ, and 0 where the clamp is active. */
export function arcLogitDeriv(c: number, s: number, m: number): number {
  if (c > COS_LIMIT || c < -COS_LIMIT) return 0;
  return (s * Math.sin(Math.acos(c) + m)) / Math.sqrt(1 - c * c);
}

/** The profile's classes: the true one plus three others whose cosines are held at 0. */
const OTHERS = 3;
const sOf = (p: Params) => num(p, 's');
const mOf = (p: Params) => num(p, 'm');

function forward(inputs: Inputs, params: Params) {
  const x = mat(inputs, 'x').map((r, i) => unit(r, `x[${i}]`));
  const W = mat(inputs, 'W').map((r, j) => unit(r, `W[${j}]`));
  const y = vec(inputs, 'y');
  sameLength(x, y);
  if (W.length === 0 || W[0]!.u.length !== x[0]!.u.length) throw new LossInputError('W must be [C][d] with the same d as x');
  for (const t of y) if (!Number.isInteger(t) || t < 0 || t >= W.length) throw new LossInputError(`class id ${t} is not in 0..${W.length - 1}`);
  const s = sOf(params);
  const m = mOf(params);
  const cos = x.map((xi) => W.map((wj) => dot(xi.u, wj.u)));
  const rows = cos.map((ci, i) =>
    crossEntropyRow(ci.map((c, j) => (j === y[i] ? arcLogit(c, s, m) : s * Math.min(COS_LIMIT, Math.max(-COS_LIMIT, c)))), y[i]!));
  return { x, W, y, s, m, cos, rows };
}

export const arcface: LossSpec = {
  id: 'arcface',
  title: 'ArcFace (additive angular margin)',
  family: 'metric',
  purpose: 'Face-recognition embeddings: softmax on the sphere with an angular margin',
  useWhen:
    'Face or speaker recognition with many identities, where you want compact classes on the hypersphere.',
  watchOut:
    'With a large margin, training can stall at the start when most angles are large; warm up with a smaller margin or plain softmax.',
  source: { label: 'Deng et al. 2019, ArcFace', url: 'https://arxiv.org/abs/1801.07698' },
  description:
    'A softmax classifier on the unit sphere: logits are scaled cosines between the normalised embedding and ' +
    'normalised class weights, and the true class has its angle widened by m before the cosine is taken. To win, ' +
    'an embedding must be closer in angle to its class centre than to any other by the margin, which tightens classes for face recognition.',
  reduction: 'mean over samples',
  inputs: [
    { name: 'x', shape: '[n][d]', meaning: 'embeddings (normalised inside the loss)', differentiable: true },
    { name: 'W', shape: '[C][d]', meaning: 'class weight vectors (normalised inside the loss)', differentiable: true },
    { name: 'y', shape: '[n]', meaning: 'class ids in 0..C−1', differentiable: false },
  ],
  params: [
    sphereRadius(64),
    { name: 'm', symbol: 'm', default: 0.5, range: [0, 1], step: 0.01, meaning: 'angle in radians added to the true class before its cosine' },
  ],
  value(inputs, params) {
    const { rows } = forward(inputs, params);
    return sum(rows.map((r) => r.loss)) / rows.length;
  },
  grad(inputs, params) {
    const { x, W, y, s, m, cos, rows } = forward(inputs, params);
    const n = x.length;
    return cosineGradients(x, W, (i, j) => {
      const c = cos[i]![j]!;
      const dzdc = j === y[i] ? arcLogitDeriv(c, s, m) : c > COS_LIMIT || c < -COS_LIMIT ? 0 : s;
      return (rows[i]!.dz[j]! * dzdc) / n;
    });
  },
  profiles: [
    {
      axis: 'similarity',
      label: 'cosine to the true class cos θ_y',
      xTex: '\\cos\\theta_y',
      xText: 'cos θ_y',
      domain: [-1, 1],
      defined: [-1, 1],
      held: `${OTHERS} other classes, each at cosine 0 to the embedding`,
      value: (c, p) => softplus(Math.log(OTHERS) - arcLogit(c, sOf(p), mOf(p))),
      derivative: (c, p) =>
        -sigmoid(Math.log(OTHERS) - arcLogit(c, sOf(p), mOf(p))) * arcLogitDeriv(c, sOf(p), mOf(p)),
      // W = e₀…e₃ and x = (c, 0, 0, 0, √(1 − c²)): unit, with cos θ₀ = c and every other cosine 0.
      batch: (c) => {
        const r = Math.sqrt(1 - c * c);
        const W = Array.from({ length: OTHERS + 1 }, (_, j) => Array.from({ length: OTHERS + 2 }, (__, t) => (t === j ? 1 : 0)));
        const x = [[c, ...zeros(OTHERS), r]];
        return { inputs: { x, W, y: [0] }, dx: (g) => (g.x as number[][])[0]![0]! - ((g.x as number[][])[0]![OTHERS + 1]! * c) / r };
      },
    },
  ],
  tex: {
    value: {
      lhs: '\\ell(\\cos\\theta_y)',
      pieces: [{
        tex: '-\\log \\frac{e^{{{s}}\\cos(\\theta_y + {{m}})}}{e^{{{s}}\\cos(\\theta_y + {{m}})} + \\sum_{j \\ne y} e^{{{s}}\\cos\\theta_j}}',
        when: '',
      }],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial \\cos\\theta_y}',
      pieces: [{ tex: '-(1 - p_y)\\,{{s}}\\,\\frac{\\sin(\\theta_y + {{m}})}{\\sin\\theta_y}', when: '' }],
    },
  },
  calls: {
    pytorch: {
      code:
        'cos = (F.normalize(x, dim=1) @ F.normalize(W, dim=1).T).clamp(-1 + 1e-7, 1 - 1e-7)\n' +
        'target = torch.cos(torch.acos(cos.gather(1, y[:, None])) + {{m}})\n' +
        'loss = F.cross_entropy({{s}} * cos.scatter(1, y[:, None], target), y)',
      note: 'No core PyTorch class. Many ArcFace implementations add an "easy margin" or a threshold for θ + m > π; this definition does not.',
    },
  },
  sample: (rng, n) => ({
    x: Array.from({ length: n }, () => normals(rng, 4)),
    W: Array.from({ length: 5 }, () => normals(rng, 4)),
    y: Array.from({ length: n }, () => Math.floor(rng() * 5)),
  }),
};
