import { mean } from '../numerics';
import { uniform } from '../random';
import { sameLength, vec } from '../tensor';
import type { LossSpec } from '../types';

/** PyTorch clamps each log in binary_cross_entropy at −100, so p = 0 or 1 costs at most 100. */
export const BCE_LOG_FLOOR = -100;

/**
 * BCE of one probability: −[t·max(log p, −100) + (1−t)·max(log(1−p), −100)].
 * p ∈ (0, 1) is the predicted probability of class 1, t ∈ [0, 1] the (possibly soft) target.
 * log(1−p) is taken as log1p(−p), which keeps its digits when p is near 0.
 */
export function bceAt(p: number, t: number): number {
  const logP = Math.max(Math.log(p), BCE_LOG_FLOOR);
  const log1mP = Math.max(Math.log1p(-p), BCE_LOG_FLOOR);
  return -(t * logP + (1 - t) * log1mP);
}

/**
 * d bceAt / dp = −t/p + (1−t)/(1−p) = (p − t)/(p(1−p)); a log held at its −100 floor contributes 0.
 * (PyTorch's own backward divides by max(p(1−p), 1e-12) instead, which differs only for p within
 * about 1e-12 of 0 or 1.)
 */
export function bceDerivAt(p: number, t: number): number {
  const fromLogP = Math.log(p) > BCE_LOG_FLOOR ? -t / p : 0;
  const fromLog1mP = Math.log1p(-p) > BCE_LOG_FLOOR ? (1 - t) / (1 - p) : 0;
  return fromLogP + fromLog1mP;
}

export const bce: LossSpec = {
  id: 'bce',
  title: 'Binary cross-entropy (probabilities)',
  family: 'binary',
  purpose: 'Binary classification from a sigmoid probability: Bernoulli negative log-likelihood',
  useWhen:
    'Binary or multi-label targets when your model already outputs probabilities through a sigmoid.',
  watchOut:
    'Feeding it sigmoid outputs loses precision: log(p) saturates near 0 and 1. Prefer BCE with logits, which computes the same loss stably.',
  source: { label: 'torch.nn.BCELoss', url: 'https://pytorch.org/docs/stable/generated/torch.nn.BCELoss.html' },
  description:
    'The negative log-likelihood of a Bernoulli target under a predicted probability p. It is gentle when p is ' +
    'close to the target and grows without bound as a confident prediction turns out wrong, which is what makes ' +
    'it the standard loss behind a sigmoid output; PyTorch clamps each log at −100, so even p = 0 or 1 costs at most 100.',
  reduction: 'mean over samples',
  inputs: [
    { name: 'prob', shape: '[n]', meaning: 'predicted probabilities p of class 1, in (0, 1)', differentiable: true },
    { name: 'target', shape: '[n]', meaning: 'targets y in [0, 1] (0/1 labels or soft labels)', differentiable: false },
  ],
  params: [],
  value(inputs) {
    const p = vec(inputs, 'prob');
    const t = vec(inputs, 'target');
    sameLength(p, t);
    return mean(p.map((pi, i) => bceAt(pi, t[i]!)));
  },
  grad(inputs) {
    const p = vec(inputs, 'prob');
    const t = vec(inputs, 'target');
    const n = sameLength(p, t);
    return { prob: p.map((pi, i) => bceDerivAt(pi, t[i]!) / n) };
  },
  profiles: [
    {
      axis: 'probability',
      label: 'probability given to the true class p',
      xTex: 'p',
      xText: 'p',
      domain: [0, 1],
      defined: [0, 1],
      held: 'target y = 1, so p is the probability of the true class',
      value: (p) => bceAt(p, 1),
      derivative: (p) => bceDerivAt(p, 1),
      batch: (p) => ({ inputs: { prob: [p], target: [1] }, dx: (g) => (g.prob as number[])[0]! }),
    },
  ],
  tex: {
    value: {
      lhs: '\\ell(p)',
      pieces: [{ tex: '-\\bigl[\\,y\\log p + (1-y)\\log(1-p)\\,\\bigr]', when: '' }],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial p}',
      pieces: [{ tex: '\\frac{p-y}{p\\,(1-p)}', when: '' }],
    },
  },
  calls: {
    pytorch: { code: 'torch.nn.BCELoss()' },
    keras: {
      code: 'keras.losses.BinaryCrossentropy()',
      note: 'Keras clips p to [1e-7, 1 − 1e-7] (and adds 1e-7 inside the logs) instead of capping each log at −100.',
    },
    tfjs: {
      code: 'tf.losses.logLoss(labels, predictions)',
      note: 'tfjs adds ε = 1e-7 inside both logs instead of capping them at −100.',
    },
  },
  sample: (rng, n) => ({
    prob: Array.from({ length: n }, () => uniform(rng, 0.02, 0.98)),
    target: Array.from({ length: n }, () => (rng() < 0.7 ? (rng() < 0.5 ? 0 : 1) : rng())),
  }),
};
