import { sign } from '../numerics';
import type { LossSpec } from '../types';
import { gradOverWeights, lambdaOf, lambdaParam, sampleWeights, sumOverWeights, WEIGHT_INPUTS, weightProfile } from './weights';

/** L1 penalty on one weight, λ|w|; λ ≥ 0 is the regularisation strength. */
export function l1At(w: number, lambda: number): number {
  return lambda * Math.abs(w);
}

/** d(λ|w|)/dw = λ·sign(w), with sign(0) = 0 (PyTorch's subgradient): a constant-size pull towards zero. */
export function l1DerivAt(w: number, lambda: number): number {
  return lambda * sign(w);
}

export const l1: LossSpec = {
  id: 'l1',
  title: 'L1 regularization',
  family: 'regularization',
  purpose: 'Sparsity: a penalty that drives weights the data do not need exactly to zero',
  useWhen:
    'You want a sparse model: many weights exactly zero, as in feature selection.',
  watchOut:
    'Plain gradient descent only oscillates around zero; exact zeros come from proximal steps (soft thresholding) or from the optimiser\'s handling of the kink.',
  source: { label: 'Tibshirani 1996, Regression Shrinkage and Selection via the Lasso', url: 'https://doi.org/10.1111/j.2517-6161.1996.tb02080.x' },
  description:
    'λ times the sum of absolute weights, added to the data loss. Every nonzero weight is pulled towards zero ' +
    'with the same force λ however small it already is, so weights that do not earn their keep end up exactly ' +
    'at zero and the model becomes sparse.',
  reduction: 'sum over weights (not a mean)',
  inputs: WEIGHT_INPUTS,
  params: [lambdaParam('regularisation strength: how much a unit of |w| costs')],
  value: (inputs, params) => lambdaOf(params) * sumOverWeights(inputs, Math.abs),
  grad(inputs, params) {
    const l = lambdaOf(params);
    return gradOverWeights(inputs, (w) => l1DerivAt(w, l));
  },
  profiles: [weightProfile((w, p) => l1At(w, lambdaOf(p)), (w, p) => l1DerivAt(w, lambdaOf(p)))],
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
  sample: sampleWeights,
};
