import { mean } from '../numerics';
import { normals } from '../random';
import { LossInputError, num, sameLength, vec } from '../tensor';
import type { Grads, InputSpec, Inputs, LossSpec, Params, ParamSpec, Profile, ProfileBatch } from '../types';

/** The margin parameter shared by hinge and squared hinge: how far past the boundary a score must be. */
export const marginOf = (p: Params) => num(p, 'margin');

/** Reads the ±1 labels of `target`; anything else is rejected with a clear message. */
export function signLabels(labels: readonly number[], name = 'target'): readonly number[] {
  if (labels.some((y) => y !== 1 && y !== -1)) throw new LossInputError(`input "${name}" must hold labels −1 or +1`);
  return labels;
}

/**
 * Hinge loss of one sample: max(0, margin − y·s), with y ∈ {−1, +1} the label and s the raw score.
 * margin ≥ 0 is how far on the correct side of the boundary a score must be to cost nothing.
 */
export function hingeAt(s: number, y: number, margin: number): number {
  return Math.max(0, margin - y * s);
}

/**
 * d hingeAt / ds: −y while margin − y·s ≥ 0, else 0. At the kink (margin − y·s = 0 exactly) this keeps −y,
 * as PyTorch's clamp(min=0) backward does (it passes the gradient where its input is ≥ the bound).
 */
export function hingeDerivAt(s: number, y: number, margin: number): number {
  return margin - y * s >= 0 ? -y : 0;
}

/** mean_i ℓ(s_i, y_i) over raw scores s and ±1 labels y: the batch value of a margin loss. */
export function meanOverScores(inputs: Inputs, loss: (s: number, y: number) => number): number {
  const s = vec(inputs, 'score');
  const y = signLabels(vec(inputs, 'target'));
  sameLength(s, y);
  return mean(s.map((si, i) => loss(si, y[i]!)));
}

/** ∂/∂s_i of that mean: ℓ′(s_i, y_i) / n. */
export function gradOverScores(inputs: Inputs, deriv: (s: number, y: number) => number): Grads {
  const s = vec(inputs, 'score');
  const y = signLabels(vec(inputs, 'target'));
  const n = sameLength(s, y);
  return { score: s.map((si, i) => deriv(si, y[i]!) / n) };
}

/** Raw scores and their ±1 labels: the inputs of every margin loss. */
export const SCORE_INPUTS: readonly InputSpec[] = [
  { name: 'score', shape: '[n]', meaning: 'raw classifier scores s (unbounded)', differentiable: true },
  { name: 'target', shape: '[n]', meaning: 'labels y ∈ {−1, +1}', differentiable: false },
];

/** The margin shared (and linkable) by hinge and squared hinge. */
export const MARGIN_PARAM: ParamSpec = {
  name: 'margin',
  symbol: 'm',
  default: 1,
  range: [0, 3],
  step: 0.05,
  meaning: 'how far past the decision boundary a score must be before it stops costing anything',
};

/** A one-sample batch with score x and label +1, so the margin y·s is x. */
export const scoreAtLabelOne = (x: number): ProfileBatch => ({
  inputs: { score: [x], target: [1] },
  dx: (g) => (g.score as number[])[0]!,
});

/** The margin axis every margin loss is drawn over (label +1 held, so the margin is the score). */
export const MARGIN_AXIS: Pick<Profile, 'axis' | 'label' | 'xTex' | 'xText' | 'domain' | 'held' | 'batch'> = {
  axis: 'margin',
  label: 'margin y·s (labels ±1)',
  xTex: 'y\\,s',
  xText: 'y·s',
  domain: [-3, 3],
  held: 'label y = +1, so the margin is the score',
  batch: scoreAtLabelOne,
};

export const hinge: LossSpec = {
  id: 'hinge',
  title: 'Hinge',
  family: 'binary',
  purpose: 'Max-margin binary classification (SVM): free once a score clears the margin',
  useWhen:
    'You want a maximum-margin classifier and do not need calibrated probabilities, such as a linear SVM.',
  watchOut:
    'Labels must be −1 and +1, and its scores are not probabilities; it also has a corner at the margin that plain gradient descent handles only roughly.',
  source: { label: 'Cortes & Vapnik 1995, Support-Vector Networks', url: 'https://doi.org/10.1007/BF00994018' },
  description:
    'The SVM loss for ±1 labels: a sample costs nothing once its score is on the correct side of the boundary by ' +
    'at least the margin, and otherwise costs linearly in the shortfall. Points beyond the margin give no gradient ' +
    'at all, so only the hard, near-boundary samples shape the classifier.',
  reduction: 'mean over samples',
  inputs: SCORE_INPUTS,
  params: [MARGIN_PARAM],
  value(inputs, params) {
    const m = marginOf(params);
    return meanOverScores(inputs, (s, y) => hingeAt(s, y, m));
  },
  grad(inputs, params) {
    const m = marginOf(params);
    return gradOverScores(inputs, (s, y) => hingeDerivAt(s, y, m));
  },
  profiles: [
    {
      ...MARGIN_AXIS,
      value: (x, p) => hingeAt(x, 1, marginOf(p)),
      derivative: (x, p) => hingeDerivAt(x, 1, marginOf(p)),
      piece: (x, p) => (x <= marginOf(p) ? 0 : 1),
    },
  ],
  tex: {
    value: {
      lhs: '\\ell(y\\,s)',
      pieces: [
        { tex: '{{margin}} - y\\,s', when: 'y\\,s \\le {{margin}}' },
        { tex: '0', when: 'y\\,s > {{margin}}' },
      ],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial (y\\,s)}',
      pieces: [
        { tex: '-1', when: 'y\\,s \\le {{margin}}' },
        { tex: '0', when: 'y\\,s > {{margin}}' },
      ],
    },
  },
  calls: {
    keras: {
      code: 'keras.losses.Hinge()',
      note: 'The margin is fixed at 1; labels given as 0/1 are converted to ±1.',
    },
    tfjs: {
      code: 'tf.losses.hingeLoss(labels, predictions)',
      note: 'The margin is fixed at 1, and labels are expected as 0/1 (tfjs maps them to ±1 itself).',
    },
  },
  sample: (rng, n) => ({
    score: normals(rng, n, 2),
    target: Array.from({ length: n }, () => (rng() < 0.5 ? -1 : 1)),
  }),
};
