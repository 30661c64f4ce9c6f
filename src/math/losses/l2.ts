import type { LossSpec } from '../types';
import { gradOverWeights, lambdaOf, lambdaParam, sampleWeights, sumOverWeights, WEIGHT_INPUTS, weightProfile } from './weights';

/** L2 penalty on one weight, λw² (no ½); λ ≥ 0 is the regularisation strength. */
export function l2At(w: number, lambda: number): number {
  return lambda * w * w;
}

/** d(λw²)/dw = 2λw: the pull towards zero is proportional to the weight itself. */
export function l2DerivAt(w: number, lambda: number): number {
  return 2 * lambda * w;
}

export const l2: LossSpec = {
  id: 'l2',
  title: 'L2 regularization (weight decay)',
  family: 'regularization',
  purpose: 'Weight decay: keeps weights small and spread out, and makes the solution unique',
  useWhen:
    'You want small, smooth weights and a unique solution, as ridge regression or weight decay does.',
  watchOut:
    'With adaptive optimisers, adding L2 to the loss is not the same as decoupled weight decay (AdamW); pick the one you mean.',
  source: { label: 'Hoerl & Kennard 1970, Ridge Regression', url: 'https://doi.org/10.1080/00401706.1970.10488634' },
  description:
    'λ times the sum of squared weights, added to the data loss. The pull towards zero is proportional to each ' +
    'weight, so large weights shrink quickly and small ones hardly at all: weights become small and spread out ' +
    'but rarely exactly zero. It also picks one solution when the data alone leave the weights undetermined.',
  reduction: 'sum over weights (not a mean)',
  inputs: WEIGHT_INPUTS,
  params: [
    lambdaParam('regularisation strength: how much a unit of w² costs'),
  ],
  value: (inputs, params) => lambdaOf(params) * sumOverWeights(inputs, (w) => w * w),
  grad(inputs, params) {
    const l = lambdaOf(params);
    return gradOverWeights(inputs, (w) => l2DerivAt(w, l));
  },
  profiles: [weightProfile((w, p) => l2At(w, lambdaOf(p)), (w, p) => l2DerivAt(w, lambdaOf(p)))],
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
  sample: sampleWeights,
};
