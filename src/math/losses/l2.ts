import { sum } from '../numerics';
import { normals } from '../random';
import { num, sameLength, vec } from '../tensor';
import type { LossSpec, Params } from '../types';

/** L2 penalty on one weight, λw² (no ½); λ ≥ 0 is the regularisation strength. */
export function l2At(w: number, lambda: number): number {
  return lambda * w * w;
}

/** d(λw²)/dw = 2λw: the pull towards zero is proportional to the weight itself. */
export function l2DerivAt(w: number, lambda: number): number {
  return 2 * lambda * w;
}

const lambda = (p: Params) => num(p, 'lambda');

export const l2: LossSpec = {
  id: 'l2',
  title: 'L2 regularization (weight decay)',
  family: 'regularization',
  purpose: 'Weight decay: keeps weights small and spread out, and makes the solution unique',
  description:
    'λ times the sum of squared weights, added to the data loss. The pull towards zero is proportional to each ' +
    'weight, so large weights shrink quickly and small ones hardly at all: weights become small and spread out ' +
    'but rarely exactly zero. It also picks one solution when the data alone leave the weights undetermined.',
  reduction: 'sum over weights (not a mean)',
  inputs: [{ name: 'w', shape: '[n]', meaning: 'model weights being penalised', differentiable: true }],
  params: [
    {
      name: 'lambda',
      symbol: '\\lambda',
      default: 1,
      range: [0, 10],
      step: 0.01,
      meaning: 'regularisation strength: how much a unit of w² costs',
    },
  ],
  value(inputs, params) {
    const w = vec(inputs, 'w');
    sameLength(w);
    return lambda(params) * sum(w.map((wi) => wi * wi));
  },
  grad(inputs, params) {
    const w = vec(inputs, 'w');
    sameLength(w);
    const l = lambda(params);
    return { w: w.map((wi) => l2DerivAt(wi, l)) };
  },
  profiles: [
    {
      axis: 'weight',
      label: 'one weight w',
      xTex: 'w',
      domain: [-3, 3],
      held: 'a single weight; each other weight adds its own term',
      value: (w, p) => l2At(w, lambda(p)),
      derivative: (w, p) => l2DerivAt(w, lambda(p)),
      batch: (w) => ({ inputs: { w: [w] }, dx: (g) => (g.w as number[])[0]! }),
    },
  ],
  tex: {
    value: { lhs: 'R(w)', pieces: [{ tex: '{{lambda}}\\,w^2', when: '' }] },
    grad: { lhs: '\\frac{\\partial R}{\\partial w}', pieces: [{ tex: '2 \\cdot {{lambda}}\\,w', when: '' }] },
  },
  calls: {
    pytorch: {
      code: '{{lambda}} * w.pow(2).sum()',
      note: "No regulariser class: add this to the data loss. An optimizer's weight_decay=wd adds wd·w to the gradient, i.e. (wd/2)Σw², so wd = 2λ matches.",
    },
    keras: { code: 'keras.regularizers.L2(l2={{lambda}})' },
    tfjs: { code: 'tf.regularizers.l2({ l2: {{lambda}} })' },
  },
  sample: (rng, n) => ({ w: normals(rng, n, 1.5) }),
};
