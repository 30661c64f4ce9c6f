import { num } from '../tensor';
import { gradOverResiduals, meanOverResiduals, residualBatch, sampleResiduals } from './residual';
import type { LossSpec, Params } from '../types';

/**
 * Pinball loss ρ_τ(r) = max(τ(y − ŷ), (τ − 1)(y − ŷ)) with r = ŷ − y: τ|r| when the prediction is
 * too low (r < 0), (1 − τ)|r| when it is too high. τ ∈ [0, 1] is the quantile level aimed at.
 */
export function pinballAt(r: number, tau: number): number {
  const d = -r; // y − ŷ, the sign the definition is written in
  return Math.max(tau * d, (tau - 1) * d);
}

/**
 * ψ_τ(r) = dρ/dr: −τ for r < 0, 1 − τ for r > 0. At r = 0 both arguments of the max tie and we return
 * the midpoint (1 − 2τ)/2 of the subgradient interval, which is what torch.maximum's backward gives.
 */
export function pinballDerivAt(r: number, tau: number): number {
  if (r < 0) return -tau;
  if (r > 0) return 1 - tau;
  return (1 - 2 * tau) / 2;
}

const tau = (p: Params) => num(p, 'tau');

export const quantile: LossSpec = {
  id: 'quantile',
  title: 'Quantile (pinball)',
  family: 'regression',
  purpose: 'Predicting a chosen quantile τ instead of the mean: intervals, skewed costs',
  useWhen:
    'You need a quantile rather than a mean: prediction intervals, demand forecasts where running out costs more than overstocking.',
  watchOut:
    'Each τ gives one quantile; training several heads for several τ can give crossing quantiles unless you constrain them.',
  source: { label: 'Koenker & Bassett 1978, Regression Quantiles', url: 'https://doi.org/10.2307/1913643' },
  description:
    'An absolute error with different slopes on the two sides: under-predictions cost τ per unit and ' +
    'over-predictions 1 − τ. The best constant prediction is then the τ-quantile of the targets, so τ = 0.9 ' +
    'learns a high estimate that is exceeded one time in ten; τ = 0.5 is half the absolute error.',
  reduction: 'mean over samples',
  inputs: [
    { name: 'pred', shape: '[n]', meaning: 'predictions ŷ (the estimated τ-quantile)', differentiable: true },
    { name: 'target', shape: '[n]', meaning: 'targets y', differentiable: false },
  ],
  params: [
    {
      name: 'tau',
      symbol: '\\tau',
      default: 0.5,
      range: [0, 1],
      step: 0.01,
      meaning: 'quantile level: the share of targets the prediction should lie above',
    },
  ],
  value(inputs, params) {
    const q = tau(params);
    return meanOverResiduals(inputs, (r) => pinballAt(r, q));
  },
  grad(inputs, params) {
    const q = tau(params);
    return gradOverResiduals(inputs, (r) => pinballDerivAt(r, q));
  },
  profiles: [
    {
      axis: 'residual',
      label: 'residual r = ŷ − y',
      xTex: 'r',
      xText: 'r',
      domain: [-4, 4],
      value: (r, p) => pinballAt(r, tau(p)),
      derivative: (r, p) => pinballDerivAt(r, tau(p)),
      piece: (r) => (r < 0 ? 0 : 1),
      batch: residualBatch,
    },
  ],
  tex: {
    value: {
      lhs: '\\rho_{{tau}}(r)',
      pieces: [
        { tex: '-{{tau}}\\,r', when: 'r < 0' },
        { tex: '(1 - {{tau}})\\,r', when: 'r \\ge 0' },
      ],
    },
    grad: {
      lhs: '\\frac{\\partial \\rho}{\\partial r}',
      pieces: [
        { tex: '-{{tau}}', when: 'r < 0' },
        { tex: '1 - {{tau}}', when: 'r > 0' },
      ],
    },
  },
  calls: {
    keras: {
      code: 'tfa.losses.PinballLoss(tau={{tau}})',
      note: 'Core Keras has no quantile loss; this class is from TensorFlow Addons (tf.keras 2 only, no longer developed).',
    },
  },
  sample: sampleResiduals,
};
