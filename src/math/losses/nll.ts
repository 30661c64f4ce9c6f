import { logSoftmax } from '../numerics';
import { gradOverRows, meanOverRows } from '../numerics-multiclass';
import { normals } from '../random';
import type { LossSpec } from '../types';

export const nll: LossSpec = {
  id: 'nll',
  title: 'Negative log-likelihood',
  family: 'multiclass',
  purpose: 'Cross-entropy for a model that already outputs log-probabilities',
  description:
    'Picks the log-probability the model gave the correct class and negates it. It does no softmax of its own: ' +
    'fed log_softmax of the logits it is exactly softmax cross-entropy, and fed anything else it trusts that ' +
    'the rows are log-probabilities.',
  useWhen:
    'The network already ends in a log-softmax, or in another head that outputs normalised log-probabilities, so ' +
    'there is nothing left to normalise.',
  watchOut:
    'Passing raw logits or probabilities instead of log-probabilities runs without error and trains the wrong ' +
    'objective; with logits, use cross-entropy instead.',
  source: { label: 'torch.nn.NLLLoss', url: 'https://pytorch.org/docs/stable/generated/torch.nn.NLLLoss.html' },
  reduction: 'mean over samples',
  inputs: [
    { name: 'logprobs', shape: '[n][C]', meaning: 'log-probabilities log p (e.g. log_softmax of logits)', differentiable: true },
    { name: 'target', shape: '[n]', meaning: 'true class ids y ∈ {0, …, C−1}', differentiable: false },
  ],
  params: [],
  value: (inputs) => meanOverRows(inputs, 'logprobs', (row, y) => -row[y]!),
  grad: (inputs) => gradOverRows(inputs, 'logprobs', (row, y) => row.map((_, j) => (j === y ? -1 : 0))),
  profiles: [
    {
      axis: 'probability',
      label: 'probability given to the true class p',
      xTex: 'p',
      xText: 'p',
      domain: [0, 1],
      defined: [0, 1],
      held: 'C = 2 classes; the row is (log p, log(1 − p)) with the true class first',
      value: (p) => -Math.log(p),
      derivative: (p) => -1 / p,
      // d/dp through log p: the gradient with respect to log p, divided by p.
      batch: (p) => ({
        inputs: { logprobs: [[Math.log(p), Math.log1p(-p)]], target: [0] },
        dx: (g) => (g.logprobs as number[][])[0]![0]! / p,
      }),
    },
  ],
  tex: {
    value: { lhs: '\\ell(p)', pieces: [{ tex: '-\\log p_y', when: '' }] },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial \\log p_j}',
      pieces: [{ tex: '-[\\,j = y\\,],\\qquad \\frac{\\partial \\ell}{\\partial p_y} = -\\frac{1}{p_y}', when: '' }],
    },
  },
  calls: {
    pytorch: {
      code: 'torch.nn.NLLLoss()',
      note: 'Expects log-probabilities, e.g. from torch.nn.LogSoftmax(dim=1); it applies no softmax itself.',
    },
  },
  sample: (rng, n) => ({
    logprobs: Array.from({ length: n }, () => logSoftmax(normals(rng, 4, 2))),
    target: Array.from({ length: n }, () => Math.floor(rng() * 4)),
  }),
};
