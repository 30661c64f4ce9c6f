import { sign } from '../numerics';
import { RESIDUAL_INPUTS, gradOverResiduals, meanOverResiduals, residualBatch, sampleResiduals } from './residual';
import type { LossSpec } from '../types';

/** Absolute error ℓ(r) = |r|, where r = ŷ − y is the residual (prediction minus target). */
export function maeAt(r: number): number {
  return Math.abs(r);
}

/** ψ(r) = sign(r), with sign(0) = 0 (PyTorch's subgradient at the kink): every residual pulls with force 1. */
export function maeDerivAt(r: number): number {
  return sign(r);
}

export const mae: LossSpec = {
  id: 'mae',
  title: 'Mean absolute error (L1)',
  family: 'regression',
  purpose: 'Regression towards the median: every error pulls with the same force',
  useWhen:
    'You want the conditional median, or the data has heavy-tailed noise and outliers should not steer the fit.',
  watchOut:
    'The gradient has the same size for every residual, so it does not shrink near the optimum; lower the learning rate late in training or switch to Huber.',
  source: { label: 'torch.nn.L1Loss', url: 'https://pytorch.org/docs/stable/generated/torch.nn.L1Loss.html' },
  description:
    'The average of absolute residuals. Each sample pushes with the same unit force whatever its size, so the ' +
    'best constant prediction is the median of the targets and outliers have limited say; the price is a ' +
    'gradient that does not shrink near the optimum.',
  reduction: 'mean over samples',
  inputs: RESIDUAL_INPUTS,
  params: [],
  value(inputs) {
    return meanOverResiduals(inputs, (r) => maeAt(r));
  },
  grad(inputs) {
    return gradOverResiduals(inputs, (r) => maeDerivAt(r));
  },
  profiles: [
    {
      axis: 'residual',
      label: 'residual r = ŷ − y',
      xTex: 'r',
      xText: 'r',
      domain: [-4, 4],
      value: (r) => maeAt(r),
      derivative: (r) => maeDerivAt(r),
      // 1/|r|: small residuals count for more, large ones for less; unbounded at r = 0.
      weight: { label: 'weight ψ(r)/r = 1/|r|', tex: '\\psi(r)/r', at: (r) => 1 / Math.abs(r) },
      batch: residualBatch,
    },
  ],
  tex: {
    value: { lhs: '\\ell(r)', pieces: [{ tex: '|r|', when: '' }] },
    grad: { lhs: '\\frac{\\partial \\ell}{\\partial r}', pieces: [{ tex: '\\operatorname{sign}(r)', when: '' }] },
  },
  calls: {
    pytorch: { code: 'torch.nn.L1Loss()' },
    keras: { code: 'keras.losses.MeanAbsoluteError()' },
    tfjs: { code: 'tf.losses.absoluteDifference(labels, predictions)' },
  },
  sample: sampleResiduals,
};
