import { mean } from '../numerics';
import { uniform } from '../random';
import { num, sameLength, vec } from '../tensor';
import type { Inputs, LossSpec, Params, Profile } from '../types';
import { signLabels } from './hinge';

/**
 * Hinge embedding loss of one sample: x for a similar pair (y = 1), max(0, margin − x) for a dissimilar one
 * (y = −1). x is usually a distance ≥ 0 between two embeddings; margin is how far apart dissimilar pairs must be.
 */
export function hingeEmbeddingAt(x: number, y: number, margin: number): number {
  return y === 1 ? x : Math.max(0, margin - x);
}

/** d/dx: 1 for y = 1; −1 for y = −1 while margin − x ≥ 0 (PyTorch's clamp keeps it at the kink), else 0. */
export function hingeEmbeddingDerivAt(x: number, y: number, margin: number): number {
  if (y === 1) return 1;
  return margin - x >= 0 ? -1 : 0;
}

const margin = (p: Params) => num(p, 'margin');

function read(inputs: Inputs) {
  const x = vec(inputs, 'x');
  const y = signLabels(vec(inputs, 'y'), 'y');
  return { x, y, n: sameLength(x, y) };
}

const distanceAxis = (y: 1 | -1): Profile => ({
  axis: 'distance',
  label: `distance x, ${y === 1 ? 'similar' : 'dissimilar'} pair`,
  xTex: 'x',
  xText: 'x',
  domain: [0, 3],
  defined: [0, Infinity],
  held: y === 1 ? 'label y = 1 (similar pair)' : 'label y = −1 (dissimilar pair)',
  value: (x, p) => hingeEmbeddingAt(x, y, margin(p)),
  derivative: (x, p) => hingeEmbeddingDerivAt(x, y, margin(p)),
  piece: (x, p) => (y === 1 ? 0 : x <= margin(p) ? 1 : 2),
  batch: (x) => ({ inputs: { x: [x], y: [y] }, dx: (g) => (g.x as number[])[0]! }),
});

export const hingeEmbedding: LossSpec = {
  id: 'hinge_embedding',
  title: 'Hinge embedding',
  family: 'metric',
  purpose: 'Pairs given as a distance: similar pairs pay it, dissimilar ones pay until the margin',
  description:
    'Takes one number per pair, usually a distance between two embeddings, and a label ±1. A similar pair ' +
    'pays the distance itself; a dissimilar pair pays only while it is closer than the margin, linearly in the ' +
    'shortfall. It is the linear cousin of the contrastive loss, which squares both terms.',
  useWhen:
    'You already compute a distance (L1, L2 or another) per pair and want a simple margin loss on it, for ' +
    'verification or semi-supervised embedding.',
  watchOut:
    'The input is the distance, not the embeddings: the loss never sees how it was computed. Similar pairs are ' +
    'pulled with the same force all the way to distance zero, so pairs that are already close keep being nudged.',
  source: { label: 'torch.nn.HingeEmbeddingLoss', url: 'https://pytorch.org/docs/stable/generated/torch.nn.HingeEmbeddingLoss.html' },
  reduction: 'mean over pairs',
  inputs: [
    { name: 'x', shape: '[n]', meaning: 'per-pair input x, usually a distance ≥ 0', differentiable: true },
    { name: 'y', shape: '[n]', meaning: 'pair label: 1 similar, −1 dissimilar', differentiable: false },
  ],
  params: [
    {
      name: 'margin',
      symbol: 'm',
      default: 1,
      range: [0, 3],
      step: 0.05,
      meaning: 'distance beyond which a dissimilar pair stops costing anything',
    },
  ],
  value(inputs, params) {
    const { x, y } = read(inputs);
    const m = margin(params);
    return mean(x.map((xi, i) => hingeEmbeddingAt(xi, y[i]!, m)));
  },
  grad(inputs, params) {
    const { x, y, n } = read(inputs);
    const m = margin(params);
    return { x: x.map((xi, i) => hingeEmbeddingDerivAt(xi, y[i]!, m) / n) };
  },
  profiles: [distanceAxis(-1), distanceAxis(1)],
  tex: {
    value: {
      lhs: '\\ell(x)',
      pieces: [
        { tex: 'x', when: 'y = 1' },
        { tex: '{{margin}} - x', when: 'y = -1,\\ x \\le {{margin}}' },
        { tex: '0', when: 'y = -1,\\ x > {{margin}}' },
      ],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial x}',
      pieces: [
        { tex: '1', when: 'y = 1' },
        { tex: '-1', when: 'y = -1,\\ x \\le {{margin}}' },
        { tex: '0', when: 'y = -1,\\ x > {{margin}}' },
      ],
    },
  },
  calls: { pytorch: { code: 'torch.nn.HingeEmbeddingLoss(margin={{margin}})' } },
  sample: (rng, n) => ({
    x: Array.from({ length: n }, () => uniform(rng, 0, 3)),
    y: Array.from({ length: n }, () => (rng() < 0.5 ? -1 : 1)),
  }),
};
