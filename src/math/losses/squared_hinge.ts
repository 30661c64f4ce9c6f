import { normals } from '../random';
import type { LossSpec } from '../types';
import { gradOverScores, MARGIN_AXIS, MARGIN_PARAM, marginOf, meanOverScores, SCORE_INPUTS } from './hinge';

/**
 * Squared hinge of one sample: max(0, margin − y·s)², with y ∈ {−1, +1} the label, s the raw score
 * and margin ≥ 0 the required distance past the boundary.
 */
export function squaredHingeAt(s: number, y: number, margin: number): number {
  const u = Math.max(0, margin - y * s);
  return u * u;
}

/** d squaredHingeAt / ds = −2y·max(0, margin − y·s): continuous, and 0 at the former kink. */
export function squaredHingeDerivAt(s: number, y: number, margin: number): number {
  return -2 * y * Math.max(0, margin - y * s);
}

export const squaredHinge: LossSpec = {
  id: 'squared_hinge',
  title: 'Squared hinge',
  family: 'binary',
  purpose: 'SVM loss with a smooth gradient: margin violations cost quadratically',
  useWhen:
    'Margin-based classification with a smooth loss: it penalises large violations more and has a continuous gradient.',
  watchOut:
    'Squaring makes it sensitive to badly misclassified points, much as MSE is to outliers.',
  source: { label: 'keras.losses.SquaredHinge', url: 'https://keras.io/api/losses/hinge_losses/#squaredhinge-class' },
  description:
    'The hinge shortfall squared (the L2-SVM loss). Like the hinge it ignores samples that clear the margin, but ' +
    'its gradient grows with the size of the violation and fades smoothly to zero at the margin, so there is no ' +
    'kink; the price is that one badly misclassified sample can dominate the batch.',
  reduction: 'mean over samples',
  inputs: SCORE_INPUTS,
  params: [MARGIN_PARAM],
  value(inputs, params) {
    const m = marginOf(params);
    return meanOverScores(inputs, (s, y) => squaredHingeAt(s, y, m));
  },
  grad(inputs, params) {
    const m = marginOf(params);
    return gradOverScores(inputs, (s, y) => squaredHingeDerivAt(s, y, m));
  },
  profiles: [
    {
      ...MARGIN_AXIS,
      value: (x, p) => squaredHingeAt(x, 1, marginOf(p)),
      derivative: (x, p) => squaredHingeDerivAt(x, 1, marginOf(p)),
      piece: (x, p) => (x < marginOf(p) ? 0 : 1),
    },
  ],
  tex: {
    value: {
      lhs: '\\ell(y\\,s)',
      pieces: [
        { tex: '\\bigl({{margin}} - y\\,s\\bigr)^2', when: 'y\\,s < {{margin}}' },
        { tex: '0', when: 'y\\,s \\ge {{margin}}' },
      ],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial (y\\,s)}',
      pieces: [
        { tex: '-2\\bigl({{margin}} - y\\,s\\bigr)', when: 'y\\,s < {{margin}}' },
        { tex: '0', when: 'y\\,s \\ge {{margin}}' },
      ],
    },
  },
  calls: {
    keras: {
      code: 'keras.losses.SquaredHinge()',
      note: 'The margin is fixed at 1; labels given as 0/1 are converted to ±1.',
    },
  },
  sample: (rng, n) => ({
    score: normals(rng, n, 2),
    target: Array.from({ length: n }, () => (rng() < 0.5 ? -1 : 1)),
  }),
};
