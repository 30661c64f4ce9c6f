import { mean, sigmoid, softplus } from '../numerics';
import { normals } from '../random';
import { sameLength, vec } from '../tensor';
import type { LossSpec } from '../types';
import { signLabels } from './hinge';

/** Soft margin loss of one score x with label y ∈ {−1, +1}: log(1 + e^{−y·x}) = softplus(−y·x). */
export function softMarginAt(x: number, y: number): number {
  return softplus(-y * x);
}

/** d softMarginAt / dx = −y·σ(−y·x); tiny but exact far on the correct side. */
export function softMarginDerivAt(x: number, y: number): number {
  return -y * sigmoid(-y * x);
}

function read(inputs: Parameters<LossSpec['value']>[0]) {
  const x = vec(inputs, 'x');
  const y = signLabels(vec(inputs, 'y'), 'y');
  return { x, y, n: sameLength(x, y) };
}

export const softMargin: LossSpec = {
  id: 'soft_margin',
  title: 'Soft margin',
  family: 'binary',
  purpose: 'Logistic loss of the margin y·x, with labels written as −1 and +1',
  description:
    'The logistic loss written for labels −1 and +1: each score pays log(1 + e^(−y·x)). It is binary ' +
    'cross-entropy on logits with the label mapped from {−1, +1} to {0, 1}, so its curve over the margin is ' +
    'the logistic curve: never exactly zero, and close to linear once the margin is badly negative.',
  useWhen:
    'Your labels already come as −1 and +1 (as for an SVM) and you want a smooth, probabilistic alternative to the hinge.',
  watchOut:
    'Labels must be −1 or +1: PyTorch quietly reads a 0 label as a sample with zero margin (here it is rejected). ' +
    'With 0/1 labels use BCE with logits, which is the same loss.',
  source: { label: 'torch.nn.SoftMarginLoss', url: 'https://pytorch.org/docs/stable/generated/torch.nn.SoftMarginLoss.html' },
  reduction: 'mean over samples',
  inputs: [
    { name: 'x', shape: '[n]', meaning: 'raw scores x (logits)', differentiable: true },
    { name: 'y', shape: '[n]', meaning: 'labels y ∈ {−1, +1}', differentiable: false },
  ],
  params: [],
  value(inputs) {
    const { x, y } = read(inputs);
    return mean(x.map((xi, i) => softMarginAt(xi, y[i]!)));
  },
  grad(inputs) {
    const { x, y, n } = read(inputs);
    return { x: x.map((xi, i) => softMarginDerivAt(xi, y[i]!) / n) };
  },
  profiles: [
    {
      axis: 'margin',
      label: 'margin y·x (labels ±1)',
      xTex: 'y\\,x',
      xText: 'y·x',
      domain: [-3, 3],
      held: 'label y = +1, so the margin is the score',
      value: (m) => softMarginAt(m, 1),
      derivative: (m) => softMarginDerivAt(m, 1),
      batch: (m) => ({ inputs: { x: [m], y: [1] }, dx: (g) => (g.x as number[])[0]! }),
    },
  ],
  tex: {
    value: { lhs: '\\ell(y\\,x)', pieces: [{ tex: '\\log\\left(1 + e^{-y\\,x}\\right)', when: '' }] },
    grad: { lhs: '\\frac{\\partial \\ell}{\\partial (y\\,x)}', pieces: [{ tex: '-\\sigma(-y\\,x) = -\\frac{1}{1 + e^{y\\,x}}', when: '' }] },
  },
  calls: {
    pytorch: { code: 'torch.nn.SoftMarginLoss()' },
    keras: {
      code: 'keras.losses.BinaryCrossentropy(from_logits=True)',
      note: 'The same loss with labels mapped to 0/1: pass (y + 1) / 2 as the target.',
    },
    tfjs: {
      code: 'tf.losses.sigmoidCrossEntropy(labels, logits)',
      note: 'The same loss with labels mapped to 0/1: pass (y + 1) / 2 as the labels.',
    },
  },
  sample: (rng, n) => ({
    x: normals(rng, n, 3),
    y: Array.from({ length: n }, () => (rng() < 0.5 ? -1 : 1)),
  }),
};
