import { sign } from '../numerics';
import { num } from '../tensor';
import { RESIDUAL_INPUTS, gradOverResiduals, meanOverResiduals, residualBatch, sampleResiduals } from './residual';
import type { LossSpec, Params } from '../types';

/** Huber ρ_δ(r): ½r² for |r| ≤ δ, δ(|r| − ½δ) beyond. δ > 0 is where quadratic turns linear. */
export function huberAt(r: number, delta: number): number {
  const a = Math.abs(r);
  return a <= delta ? 0.5 * r * r : delta * (a - 0.5 * delta);
}

/** ψ_δ(r) = dρ/dr: r inside the band, δ·sign(r) outside — the gradient is clipped at ±δ. */
export function huberDerivAt(r: number, delta: number): number {
  return Math.abs(r) <= delta ? r : delta * sign(r);
}

const delta = (p: Params) => num(p, 'delta');

export const huber: LossSpec = {
  id: 'huber',
  title: 'Huber',
  family: 'regression',
  purpose: 'Regression that tolerates outliers: quadratic near zero, linear in the tails',
  useWhen:
    'Mostly Gaussian errors with occasional outliers: quadratic near zero for a precise fit, linear in the tails so outliers cannot take over.',
  watchOut:
    'δ is in the units of the residual: set it from the noise scale of your targets, and rescale it when you rescale them.',
  source: { label: 'Huber 1964, Robust Estimation of a Location Parameter', url: 'https://doi.org/10.1214/aoms/1177703732' },
  description:
    'Squared error for small residuals, absolute error for large ones. Inside ±δ it behaves like MSE and pulls ' +
    'towards the mean; outside, every residual pushes with the same force δ, so a few outliers cannot dominate the fit.',
  reduction: 'mean over samples',
  inputs: RESIDUAL_INPUTS,
  params: [
    {
      name: 'delta',
      symbol: '\\delta',
      default: 1,
      range: [0.05, 5],
      step: 0.05,
      meaning: 'residual size where the quadratic centre turns into linear tails',
    },
  ],
  value(inputs, params) {
    const d = delta(params);
    return meanOverResiduals(inputs, (r) => huberAt(r, d));
  },
  grad(inputs, params) {
    const d = delta(params);
    return gradOverResiduals(inputs, (r) => huberDerivAt(r, d));
  },
  profiles: [
    {
      axis: 'residual',
      label: 'residual r = ŷ − y',
      xTex: 'r',
      xText: 'r',
      domain: [-4, 4],
      value: (r, p) => huberAt(r, delta(p)),
      derivative: (r, p) => huberDerivAt(r, delta(p)),
      piece: (r, p) => (Math.abs(r) <= delta(p) ? 0 : 1),
      weight: {
        label: 'weight ψ(r)/r',
        tex: '\\psi(r)/r',
        at: (r, p) => (r === 0 ? 1 : huberDerivAt(r, delta(p)) / r),
      },
      batch: residualBatch,
    },
  ],
  tex: {
    value: {
      lhs: '\\ell_{{delta}}(r)',
      pieces: [
        { tex: '\\tfrac{1}{2} r^2', when: '|r| \\le {{delta}}' },
        { tex: '{{delta}}\\left(|r| - {{delta}}/2\\right)', when: '|r| > {{delta}}' },
      ],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial r}',
      pieces: [
        { tex: 'r', when: '|r| \\le {{delta}}' },
        { tex: '{{delta}}\\,\\operatorname{sign}(r)', when: '|r| > {{delta}}' },
      ],
    },
  },
  calls: {
    pytorch: { code: 'torch.nn.HuberLoss(delta={{delta}})' },
    keras: { code: 'keras.losses.Huber(delta={{delta}})' },
    tfjs: { code: 'tf.losses.huberLoss(labels, predictions, undefined, {{delta}})' },
  },
  sample: sampleResiduals,
};
