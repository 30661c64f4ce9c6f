import { sign } from '../numerics';
import { num } from '../tensor';
import { RESIDUAL_INPUTS, gradOverResiduals, meanOverResiduals, residualBatch, sampleResiduals } from './residual';
import type { LossSpec, Params } from '../types';
import { huberAt, huberDerivAt } from './huber';

/**
 * Smooth L1 ℓ_β(r) = huber_β(r)/β: r²/(2β) for |r| < β, |r| − β/2 beyond; r = ŷ − y is the residual
 * and β ≥ 0 the width of the quadratic zone. β = 0 is plain |r|, as in PyTorch.
 */
export function smoothL1At(r: number, beta: number): number {
  return beta > 0 ? huberAt(r, beta) / beta : Math.abs(r);
}

/** ψ_β(r) = dℓ/dr: r/β inside the zone, sign(r) outside (sign(0) = 0) — the slope never exceeds 1. */
export function smoothL1DerivAt(r: number, beta: number): number {
  return beta > 0 ? huberDerivAt(r, beta) / beta : sign(r);
}

const beta = (p: Params) => num(p, 'beta');

export const smoothL1: LossSpec = {
  id: 'smooth_l1',
  title: 'Smooth L1',
  family: 'regression',
  purpose: 'Huber divided by β: robust regression whose tails always have slope 1',
  useWhen:
    'Box regression and other targets where you want L1\'s robustness with a smooth minimum; it is the form detection codebases use.',
  watchOut:
    'It is Huber divided by β, so the same β gives a different gradient scale than Huber\'s δ; PyTorch\'s default β = 1 is large for targets normalised to small ranges.',
  source: { label: 'Girshick 2015, Fast R-CNN', url: 'https://arxiv.org/abs/1504.08083' },
  description:
    'Absolute error with the corner at zero rounded off by a parabola of width β. Large residuals cost ' +
    '|r| − β/2 and pull with unit force, as in L1; small ones are quadratic, so the gradient fades near the ' +
    'optimum. It is Huber divided by β, which keeps the tail slope at 1 whatever β is.',
  reduction: 'mean over samples',
  inputs: RESIDUAL_INPUTS,
  params: [
    {
      name: 'beta',
      symbol: '\\beta',
      default: 1,
      range: [0, 5],
      step: 0.05,
      meaning: 'width of the quadratic zone around zero; 0 gives plain L1',
    },
  ],
  value(inputs, params) {
    const b = beta(params);
    return meanOverResiduals(inputs, (r) => smoothL1At(r, b));
  },
  grad(inputs, params) {
    const b = beta(params);
    return gradOverResiduals(inputs, (r) => smoothL1DerivAt(r, b));
  },
  profiles: [
    {
      axis: 'residual',
      label: 'residual r = ŷ − y',
      xTex: 'r',
      xText: 'r',
      domain: [-4, 4],
      value: (r, p) => smoothL1At(r, beta(p)),
      derivative: (r, p) => smoothL1DerivAt(r, beta(p)),
      piece: (r, p) => (Math.abs(r) < beta(p) ? 0 : 1),
      weight: {
        label: 'weight ψ(r)/r',
        tex: '\\psi(r)/r',
        at: (r, p) => (Math.abs(r) < beta(p) ? 1 / beta(p) : 1 / Math.abs(r)),
      },
      batch: residualBatch,
    },
  ],
  tex: {
    value: {
      lhs: '\\ell_{{beta}}(r)',
      pieces: [
        { tex: '\\frac{r^2}{2 \\cdot {{beta}}}', when: '|r| < {{beta}}' },
        { tex: '|r| - \\tfrac{{{beta}}}{2}', when: '|r| \\ge {{beta}}' },
      ],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial r}',
      pieces: [
        { tex: '\\frac{r}{{{beta}}}', when: '|r| < {{beta}}' },
        { tex: '\\operatorname{sign}(r)', when: '|r| \\ge {{beta}}' },
      ],
    },
  },
  calls: {
    pytorch: {
      code: 'torch.nn.SmoothL1Loss(beta={{beta}})',
      note: 'SmoothL1Loss(beta=β) is HuberLoss(delta=β) divided by β, so its tails have slope 1 rather than β; beta=0 gives L1Loss.',
    },
    keras: {
      code: 'keras.losses.Huber(delta={{beta}})(y_true, y_pred) / {{beta}}',
      note: 'Keras has no smooth L1; its Huber equals smooth L1 times β. For β = 0 use MeanAbsoluteError.',
    },
    tfjs: {
      code: 'tf.losses.huberLoss(labels, predictions, undefined, {{beta}}).div({{beta}})',
      note: 'tf.losses.huberLoss is smooth L1 times β; for β = 0 use tf.losses.absoluteDifference.',
    },
  },
  sample: sampleResiduals,
};
