import { sign, sum } from '../numerics';
import { normals } from '../random';
import { num, sameLength, vec } from '../tensor';
import type { LossSpec, Params } from '../types';

/** L1 penalty on one weight, λ|w|; λ ≥ 0 is the regularisation strength. */
export function l1At(w: number, lambda: number): number {
  return lambda * Math.abs(w);
}

/** d(λ|w|)/dw = λ·sign(w), with sign(0) = 0 (PyTorch's subgradient): a constant-size pull towards zero. */
export function l1DerivAt(w: number, lambda: number): number {
  return lambda * sign(w);
}

const lambda = (p: Params) => num(p, 'lambda');

export const l1: LossSpec = {
  id: 'l1',
  title: 'L1 regularization',
  family: 'regularization',
  purpose: 'Sparsity: a penalty that drives weights the data do not need exactly to zero',
  description:
    'λ times the sum of absolute weights, added to the data loss. Every nonzero weight is pulled towards zero ' +
    'with the same force λ however small it already is, so weights that do not earn their keep end up exactly ' +
    'at zero and the model becomes sparse.',
  reduction: 'sum over weights (not a mean)',
  inputs: [{ name: 'w', shape: '[n]', meaning: 'model weights being penalised', differentiable: true }],
  params: [
    {
      name: 'lambda',
      symbol: '\\lambda',
      default: 1,
      range: [0, 10],
      step: 0.01,
      meaning: 'regularisation strength: how much a unit of |w| costs',
    },
  ],
  value(inputs, params) {
    const w = vec(inputs, 'w');
    sameLength(w);
    return lambda(params) * sum(w.map(Math.abs));
  },
  grad(inputs, params) {
    const w = vec(inputs, 'w');
    sameLength(w);
    const l = lambda(params);
    return { w: w.map((wi) => l1DerivAt(wi, l)) };
  },
  profiles: [
    {
      axis: 'weight',
      label: 'one weight w',
      xTex: 'w',
      domain: [-3, 3],
      held: 'a single weight; each other weight adds its own term',
      value: (w, p) => l1At(w, lambda(p)),
      derivative: (w, p) => l1DerivAt(w, lambda(p)),
      batch: (w) => ({ inputs: { w: [w] }, dx: (g) => (g.w as number[])[0]! }),
    },
  ],
  tex: {
    value: { lhs: 'R(w)', pieces: [{ tex: '{{lambda}}\\,|w|', when: '' }] },
    grad: { lhs: '\\frac{\\partial R}{\\partial w}', pieces: [{ tex: '{{lambda}}\\operatorname{sign}(w)', when: '' }] },
  },
  calls: {
    pytorch: {
      code: '{{lambda}} * w.abs().sum()',
      note: 'PyTorch has no regulariser class: add this term to the data loss yourself.',
    },
    keras: { code: 'keras.regularizers.L1(l1={{lambda}})' },
    tfjs: { code: 'tf.regularizers.l1({ l1: {{lambda}} })' },
  },
  sample: (rng, n) => ({ w: normals(rng, n, 1.5) }),
};
