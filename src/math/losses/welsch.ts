import type { LossSpec } from '../types';
import { RESIDUAL_INPUTS, gradOverResiduals, meanOverResiduals, residualBatch, sampleResiduals } from './residual';
import { robustScale, scaleOf } from './robustScale';

/** Welsch (Leclerc) loss 1 − exp(−½(x/c)²), as −expm1(−½(x/c)²) so that tiny residuals keep their digits. */
export function welschAt(x: number, c: number): number {
  return -Math.expm1(-0.5 * (x / c) ** 2);
}

/** ψ(x)/x = exp(−½(x/c)²)/c²: a Gaussian bump, so a residual a few c out has almost no pull. */
export function welschWeightAt(x: number, c: number): number {
  return Math.exp(-0.5 * (x / c) ** 2) / (c * c);
}

/** dρ/dx = (x/c²)·exp(−½(x/c)²), taken from exp itself so that the far tail (1e-195 at x = 30c) is exact. */
export function welschDerivAt(x: number, c: number): number {
  return x * welschWeightAt(x, c);
}

export const welsch: LossSpec = {
  id: 'welsch',
  title: 'Welsch (Leclerc)',
  family: 'robust',
  purpose: 'Robust regression whose loss saturates at 1: far outliers exert almost no pull',
  description:
    'One minus a Gaussian bump: quadratic for residuals well inside ±c, then flattening to a ceiling of 1, so an ' +
    'outlier costs at most 1 and its gradient dies off like exp(−½(r/c)²). It is the limit of Barron\'s general loss as ' +
    'α → −∞, the most forgiving member of that family.',
  useWhen:
    'Outliers are gross (mismatched correspondences, corrupted labels) and you already have a good starting fit, as ' +
    'in refining a pose or an alignment.',
  watchOut:
    'Not convex, and a point beyond a few c has almost no gradient: started far from the answer the fit can ignore the ' +
    'very data it needs, so begin with a larger c or a convex loss and tighten.',
  source: {
    label: 'Barron 2019, A General and Adaptive Robust Loss Function (Welsch as the α → −∞ limit)',
    url: 'https://arxiv.org/abs/1701.03077',
  },
  reduction: 'mean over samples',
  inputs: RESIDUAL_INPUTS,
  params: [robustScale(1, 'width of the bowl: residuals beyond a few c cost almost exactly 1 and barely pull')],
  value(inputs, params) {
    const c = scaleOf(params);
    return meanOverResiduals(inputs, (r) => welschAt(r, c));
  },
  grad(inputs, params) {
    const c = scaleOf(params);
    return gradOverResiduals(inputs, (r) => welschDerivAt(r, c));
  },
  profiles: [
    {
      axis: 'residual',
      label: 'residual r = ŷ − y',
      xTex: 'r',
      xText: 'r',
      domain: [-6, 6],
      value: (r, p) => welschAt(r, scaleOf(p)),
      derivative: (r, p) => welschDerivAt(r, scaleOf(p)),
      weight: { label: 'weight ψ(r)/r', tex: '\\psi(r)/r', at: (r, p) => welschWeightAt(r, scaleOf(p)) },
      batch: residualBatch,
    },
  ],
  tex: {
    value: { lhs: '\\rho(r)', pieces: [{ tex: '1 - \\exp\\!\\left(-\\tfrac{1}{2}(r/{{c}})^2\\right)', when: '' }] },
    grad: {
      lhs: '\\frac{\\partial \\rho}{\\partial r}',
      pieces: [{ tex: '\\frac{r}{{{c}}^2}\\exp\\!\\left(-\\tfrac{1}{2}(r/{{c}})^2\\right)', when: '' }],
    },
  },
  calls: {},
  sample: sampleResiduals,
};
