import { sign, sum } from '../numerics';
import { normals } from '../random';
import { num, sameLength, vec } from '../tensor';
import type { LossSpec, Params } from '../types';

/** Elastic-net penalty on one weight, λ(ρ|w| + (1 − ρ)w²); λ ≥ 0 is the strength, ρ ∈ [0, 1] the L1 share. */
export function elasticNetAt(w: number, lambda: number, l1Ratio: number): number {
  return lambda * (l1Ratio * Math.abs(w) + (1 - l1Ratio) * w * w);
}

/** d/dw = λ(ρ·sign(w) + 2(1 − ρ)w), with sign(0) = 0: a constant pull plus one proportional to w. */
export function elasticNetDerivAt(w: number, lambda: number, l1Ratio: number): number {
  return lambda * (l1Ratio * sign(w) + 2 * (1 - l1Ratio) * w);
}

const lambda = (p: Params) => num(p, 'lambda');
const ratio = (p: Params) => num(p, 'l1_ratio');

export const elasticNet: LossSpec = {
  id: 'elastic_net',
  title: 'Elastic net',
  family: 'regularization',
  purpose: 'Sparse yet stable weights: a blend of the L1 and L2 penalties',
  description:
    'A weighted blend of the L1 and L2 penalties with overall strength λ and L1 share ρ: ρ = 1 is pure L1, ' +
    'ρ = 0 pure L2. It can still set weights exactly to zero, while the squared part makes correlated features ' +
    'share weight instead of one of them being picked arbitrarily.',
  reduction: 'sum over weights (not a mean)',
  inputs: [{ name: 'w', shape: '[n]', meaning: 'model weights being penalised', differentiable: true }],
  params: [
    {
      name: 'lambda',
      symbol: '\\lambda',
      default: 1,
      range: [0, 10],
      step: 0.01,
      meaning: 'overall regularisation strength',
    },
    {
      name: 'l1_ratio',
      symbol: '\\rho',
      default: 0.5,
      range: [0, 1],
      step: 0.01,
      meaning: 'share of the L1 term: 1 is pure L1, 0 pure L2',
    },
  ],
  value(inputs, params) {
    const w = vec(inputs, 'w');
    sameLength(w);
    const r = ratio(params);
    return lambda(params) * (r * sum(w.map(Math.abs)) + (1 - r) * sum(w.map((wi) => wi * wi)));
  },
  grad(inputs, params) {
    const w = vec(inputs, 'w');
    sameLength(w);
    const l = lambda(params);
    const r = ratio(params);
    return { w: w.map((wi) => elasticNetDerivAt(wi, l, r)) };
  },
  profiles: [
    {
      axis: 'weight',
      label: 'one weight w',
      xTex: 'w',
      domain: [-3, 3],
      held: 'a single weight; each other weight adds its own term',
      value: (w, p) => elasticNetAt(w, lambda(p), ratio(p)),
      derivative: (w, p) => elasticNetDerivAt(w, lambda(p), ratio(p)),
      batch: (w) => ({ inputs: { w: [w] }, dx: (g) => (g.w as number[])[0]! }),
    },
  ],
  tex: {
    value: {
      lhs: 'R(w)',
      pieces: [{ tex: '{{lambda}}\\bigl({{l1_ratio}}\\,|w| + (1 - {{l1_ratio}})\\,w^2\\bigr)', when: '' }],
    },
    grad: {
      lhs: '\\frac{\\partial R}{\\partial w}',
      pieces: [
        { tex: '{{lambda}}\\bigl({{l1_ratio}}\\operatorname{sign}(w) + 2(1 - {{l1_ratio}})\\,w\\bigr)', when: '' },
      ],
    },
  },
  calls: {
    pytorch: {
      code: '{{lambda}} * ({{l1_ratio}} * w.abs().sum() + (1 - {{l1_ratio}}) * w.pow(2).sum())',
      note: 'No regulariser class: add this to the data loss.',
    },
    keras: {
      code: 'keras.regularizers.L1L2(l1={{lambda}} * {{l1_ratio}}, l2={{lambda}} * (1 - {{l1_ratio}}))',
      note: "Keras takes the two coefficients separately (l1 = λρ, l2 = λ(1 − ρ)). scikit-learn's ElasticNet differs: it halves the squared term.",
    },
    tfjs: { code: 'tf.regularizers.l1l2({ l1: {{lambda}} * {{l1_ratio}}, l2: {{lambda}} * (1 - {{l1_ratio}}) })' },
  },
  sample: (rng, n) => ({ w: normals(rng, n, 1.5) }),
};
