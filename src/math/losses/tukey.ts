import type { LossSpec } from '../types';
import { RESIDUAL_INPUTS, gradOverResiduals, meanOverResiduals, residualBatch, sampleResiduals } from './residual';
import { robustScale, scaleOf } from './robustScale';

/** 1 − (x/c)² as (c − |x|)(c + |x|)/c², exact near |x| = c where the plain form cancels. */
function inside(x: number, c: number): number {
  const a = Math.abs(x);
  return ((c - a) * (c + a)) / (c * c);
}

/**
 * Tukey's biweight ρ(x) = c²/6·(1 − (1 − (x/c)²)³) for |x| ≤ c and c²/6 beyond, c > 0 the rejection point.
 * With w = 1 − (x/c)², 1 − w³ = (x/c)²(1 + w + w²), a product of positive terms: exact for tiny x and at |x| = c.
 */
export function tukeyAt(x: number, c: number): number {
  if (Math.abs(x) >= c) return (c * c) / 6;
  const w = inside(x, c);
  return ((c * c) / 6) * (x / c) ** 2 * (1 + w + w * w);
}

/** ψ(x)/x = (1 − (x/c)²)² inside ±c, 0 beyond: the weight redescends to exactly zero at the rejection point. */
export function tukeyWeightAt(x: number, c: number): number {
  if (Math.abs(x) >= c) return 0;
  const w = inside(x, c);
  return w * w;
}

/** dρ/dx = x(1 − (x/c)²)² inside ±c, 0 beyond (continuous at ±c, where both sides are 0). */
export function tukeyDerivAt(x: number, c: number): number {
  return x * tukeyWeightAt(x, c);
}

export const tukey: LossSpec = {
  id: 'tukey',
  title: 'Tukey’s biweight',
  family: 'robust',
  purpose: 'Robust regression that ignores residuals beyond c completely: constant cost, zero pull',
  description:
    'Nearly quadratic for small residuals, then bending over to the constant c²/6 at |r| = c and staying there. A point ' +
    'beyond c costs the same however far it is and exerts no pull at all, so a handful of wild outliers cannot move the ' +
    'fit; c = 4.685 gives 95% of least squares\' efficiency on clean Gaussian noise of unit scale.',
  useWhen:
    'The residuals are on a known scale (standardised, or divided by a robust spread estimate) and some of them are ' +
    'gross errors that should be rejected outright.',
  watchOut:
    'Not convex: a residual that starts beyond c gets no gradient to bring it back, so start from a robust initial fit (say Huber or ' +
    'L1) and scale the residuals before choosing c.',
  source: {
    label: 'statsmodels.robust.norms.TukeyBiweight (Beaton & Tukey 1974)',
    url: 'https://www.statsmodels.org/stable/generated/statsmodels.robust.norms.TukeyBiweight.html',
  },
  reduction: 'mean over samples',
  inputs: RESIDUAL_INPUTS,
  params: [robustScale(4.685, 'rejection point: residuals beyond ±c cost c²/6 and pull not at all')],
  value(inputs, params) {
    const c = scaleOf(params);
    return meanOverResiduals(inputs, (r) => tukeyAt(r, c));
  },
  grad(inputs, params) {
    const c = scaleOf(params);
    return gradOverResiduals(inputs, (r) => tukeyDerivAt(r, c));
  },
  profiles: [
    {
      axis: 'residual',
      label: 'residual r = ŷ − y',
      xTex: 'r',
      xText: 'r',
      domain: [-8, 8],
      value: (r, p) => tukeyAt(r, scaleOf(p)),
      derivative: (r, p) => tukeyDerivAt(r, scaleOf(p)),
      piece: (r, p) => (Math.abs(r) < scaleOf(p) ? 0 : 1),
      weight: { label: 'weight ψ(r)/r', tex: '\\psi(r)/r', at: (r, p) => tukeyWeightAt(r, scaleOf(p)) },
      batch: residualBatch,
    },
  ],
  tex: {
    value: {
      lhs: '\\rho(r)',
      pieces: [
        { tex: '\\frac{{{c}}^2}{6}\\left[1 - \\left(1 - (r/{{c}})^2\\right)^3\\right]', when: '|r| < {{c}}' },
        { tex: '\\frac{{{c}}^2}{6}', when: '|r| \\ge {{c}}' },
      ],
    },
    grad: {
      lhs: '\\frac{\\partial \\rho}{\\partial r}',
      pieces: [
        { tex: 'r\\left(1 - (r/{{c}})^2\\right)^2', when: '|r| < {{c}}' },
        { tex: '0', when: '|r| \\ge {{c}}' },
      ],
    },
  },
  calls: {},
  sample: sampleResiduals,
};
