import { normals } from '../random';
import type { LossSpec } from '../types';
import { gradOverScores, MARGIN_AXIS, meanOverScores, SCORE_INPUTS } from './hinge';

/**
 * 0-1 loss of one sample: 1 when the margin y·s ≤ 0 (wrong side of the boundary, or on it), else 0.
 * y ∈ {−1, +1} is the label and s the raw score; a tie s = 0 counts as a mistake.
 */
export function zeroOneAt(s: number, y: number): number {
  return y * s <= 0 ? 1 : 0;
}

export const zeroOne: LossSpec = {
  id: 'zero_one',
  title: '0-1 loss',
  family: 'binary',
  purpose: 'The error rate a classifier is judged by; it has no gradient, so we train on surrogates',
  useWhen:
    'Evaluating a classifier: it is the error rate itself. Shown here as the target the trainable surrogates stand in for.',
  watchOut:
    'It cannot be trained with gradients: its derivative is zero everywhere except at the step, where it does not exist.',
  source: { label: 'The classification error rate; Bartlett, Jordan & McAuliffe 2006 relate it to its convex surrogates', url: 'https://doi.org/10.1198/016214505000000907' },
  description:
    'Counts mistakes: a sample costs 1 when its score sits on the wrong side of the decision boundary (or on it) ' +
    'and 0 otherwise, so the batch value is the error rate. It is a step, flat on both sides, so it has no useful ' +
    'gradient to follow; that is why training minimises a convex surrogate such as the hinge or the logistic loss.',
  reduction: 'mean over samples (the fraction misclassified)',
  inputs: SCORE_INPUTS,
  params: [],
  value(inputs) {
    return meanOverScores(inputs, (s, y) => zeroOneAt(s, y));
  },
  // Zero wherever it exists: the step at y·s = 0 has no derivative, and everywhere else the loss is flat.
  grad(inputs) {
    return gradOverScores(inputs, () => 0);
  },
  profiles: [
    {
      ...MARGIN_AXIS,
      value: (x) => zeroOneAt(x, 1),
      derivative: () => 0,
      piece: (x) => (x <= 0 ? 0 : 1),
    },
  ],
  tex: {
    value: {
      lhs: '\\ell(y\\,s)',
      pieces: [
        { tex: '1', when: 'y\\,s \\le 0' },
        { tex: '0', when: 'y\\,s > 0' },
      ],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial (y\\,s)}',
      pieces: [
        { tex: '0', when: 'y\\,s < 0' },
        { tex: '0', when: 'y\\,s > 0' },
      ],
    },
  },
  calls: {
    pytorch: {
      code: '(target * score <= 0).float().mean()',
      note: 'Not a PyTorch loss: this is the error rate, and it passes no gradient back. Report it; train on a surrogate.',
    },
  },
  sample: (rng, n) => ({
    score: normals(rng, n, 2),
    target: Array.from({ length: n }, () => (rng() < 0.5 ? -1 : 1)),
  }),
};
