import { RESIDUAL_INPUTS, gradOverResiduals, meanOverResiduals, residualBatch, sampleResiduals } from './residual';
import type { LossSpec } from '../types';

/** Squared error ℓ(r) = r², where r = ŷ − y is the residual (prediction minus target). */
export function mseAt(r: number): number {
  return r * r;
}

/** ψ(r) = dℓ/dr = 2r: the pull grows in proportion to the residual, so outliers dominate the gradient. */
export function mseDerivAt(r: number): number {
  return 2 * r;
}

export const mse: LossSpec = {
  id: 'mse',
  title: 'Mean squared error',
  family: 'regression',
  purpose: 'Regression towards the mean: squaring lets large errors dominate the fit',
  useWhen:
    'Errors are roughly Gaussian and a big miss really is that much worse than a small one; it is the default for regression and gives the conditional mean.',
  watchOut:
    'One outlier can dominate the batch: its pull grows with its residual, so a few bad labels drag the whole fit.',
  source: { label: 'torch.nn.MSELoss', url: 'https://pytorch.org/docs/stable/generated/torch.nn.MSELoss.html' },
  description:
    'The average of squared residuals. A residual twice as large costs four times as much, so the fit is ' +
    'drawn towards the mean of the targets and a single far-off point can move it a long way.',
  reduction: 'mean over samples',
  inputs: RESIDUAL_INPUTS,
  params: [],
  value(inputs) {
    return meanOverResiduals(inputs, (r) => mseAt(r));
  },
  grad(inputs) {
    return gradOverResiduals(inputs, (r) => mseDerivAt(r));
  },
  profiles: [
    {
      axis: 'residual',
      label: 'residual r = ŷ − y',
      xTex: 'r',
      xText: 'r',
      domain: [-4, 4],
      value: (r) => mseAt(r),
      derivative: (r) => mseDerivAt(r),
      weight: { label: 'weight ψ(r)/r (constant 2)', tex: '\\psi(r)/r', at: () => 2 },
      batch: residualBatch,
    },
  ],
  tex: {
    value: { lhs: '\\ell(r)', pieces: [{ tex: 'r^2', when: '' }] },
    grad: { lhs: '\\frac{\\partial \\ell}{\\partial r}', pieces: [{ tex: '2r', when: '' }] },
  },
  calls: {
    pytorch: { code: 'torch.nn.MSELoss()' },
    keras: { code: 'keras.losses.MeanSquaredError()' },
    tfjs: { code: 'tf.losses.meanSquaredError(labels, predictions)' },
  },
  sample: sampleResiduals,
};
