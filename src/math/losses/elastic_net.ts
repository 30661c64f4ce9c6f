import { sign } from '../numerics';
import { num } from '../tensor';
import type { LossSpec, Params } from '../types';
import { gradOverWeights, lambdaOf, lambdaParam, sampleWeights, sumOverWeights, WEIGHT_INPUTS, weightProfile } from './weights';

/** Elastic-net penalty on one weight, λ(ρ|w| + (1 − ρ)w²); λ ≥ 0 is the strength, ρ ∈ [0, 1] the L1 share. */
export function elasticNetAt(w: number, lambda: number, l1Ratio: number): number {
  return lambda * (l1Ratio * Math.abs(w) + (1 - l1Ratio) * w * w);
}

/** d/dw = λ(ρ·sign(w) + 2(1 − ρ)w), with sign(0) = 0: a constant pull plus one proportional to w. */
export function elasticNetDerivAt(w: number, lambda: number, l1Ratio: number): number {
  return lambda * (l1Ratio * sign(w) + 2 * (1 - l1Ratio) * w);
}

const ratio = (p: Params) => num(p, 'l1_ratio');

export const elasticNet: LossSpec = {
  id: 'elastic_net',
  title: 'Elastic net',
  family: 'regularization',
  purpose: 'Sparse yet stable weights: a blend of the L1 and L2 penalties',
  useWhen:
    'Sparse models with correlated features: L1 alone picks one of a group at random, the L2 part keeps the group together.',
  watchOut:
    'Two knobs to tune (λ and the L1 ratio), and scikit-learn and glmnet scale the two terms differently.',
  source: { label: 'Zou & Hastie 2005, Regularization and Variable Selection via the Elastic Net', url: 'https://doi.org/10.1111/j.1467-9868.2005.00503.x' },
  description:
    'A weighted blend of the L1 and L2 penalties with overall strength λ and L1 share ρ: ρ = 1 is pure L1, ' +
    'ρ = 0 pure L2. It can still set weights exactly to zero, while the squared part makes correlated features ' +
    'share weight instead of one of them being picked arbitrarily.',
  reduction: 'sum over weights (not a mean)',
  inputs: WEIGHT_INPUTS,
  params: [
    lambdaParam('overall regularisation strength'),
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
    const r = ratio(params);
    return lambdaOf(params) * (r * sumOverWeights(inputs, Math.abs) + (1 - r) * sumOverWeights(inputs, (w) => w * w));
  },
  grad(inputs, params) {
    const l = lambdaOf(params);
    const r = ratio(params);
    return gradOverWeights(inputs, (w) => elasticNetDerivAt(w, l, r));
  },
  profiles: [weightProfile((w, p) => elasticNetAt(w, lambdaOf(p), ratio(p)), (w, p) => elasticNetDerivAt(w, lambdaOf(p), ratio(p)))],
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
  sample: sampleWeights,
};
