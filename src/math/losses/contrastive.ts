import { dot, sameShape, sub } from '../numerics-metric';
import { mean } from '../numerics';
import { normals } from '../random';
import { mat, num, sameLength, vec } from '../tensor';
import type { Inputs, LossSpec, Params } from '../types';

/**
 * Contrastive loss of one pair (Hadsell, Chopra & LeCun 2006) at distance d = ‖x₁ − x₂‖ ≥ 0:
 * y·½d² + (1 − y)·½max(0, m − d)². y = 1 marks a similar pair (pulled together), y = 0 a dissimilar
 * one (pushed apart until it is at least the margin m ≥ 0 away).
 */
export function contrastiveAt(d: number, y: number, margin: number): number {
  const h = Math.max(0, margin - d);
  return 0.5 * (y * d * d + (1 - y) * h * h);
}

/** dℓ/dd = y·d − (1 − y)·max(0, m − d): the pull on a similar pair grows with d, the push on a dissimilar one fades at m. */
export function contrastiveDerivAt(d: number, y: number, margin: number): number {
  return y * d - (1 - y) * Math.max(0, margin - d);
}

const margin = (p: Params) => num(p, 'margin');

function read(inputs: Inputs) {
  const x1 = mat(inputs, 'x1');
  const x2 = mat(inputs, 'x2');
  const y = vec(inputs, 'y');
  sameShape(x1, x2, 'contrastive');
  sameLength(x1, y);
  return { diff: x1.map((r, i) => sub(r, x2[i]!)), y };
}

export const contrastive: LossSpec = {
  id: 'contrastive',
  title: 'Contrastive (pairwise margin)',
  family: 'metric',
  purpose: 'Siamese verification: pull similar pairs together, push others past a margin',
  useWhen:
    'Learning an embedding from pairs labelled same or different, such as siamese verification networks.',
  watchOut:
    'It needs a margin matched to the embedding\'s scale, and it treats every dissimilar pair alike; hard-negative mining usually matters more than the loss.',
  source: { label: 'Hadsell, Chopra & LeCun 2006, Dimensionality Reduction by Learning an Invariant Mapping', url: 'https://doi.org/10.1109/CVPR.2006.100' },
  description:
    'Looks at pairs of embeddings and their Euclidean distance. A pair labelled similar pays half its squared ' +
    'distance; a dissimilar pair pays only while it sits closer than the margin, with a quadratic penalty that ' +
    'vanishes once it is far enough apart. Used to train siamese networks for verification and retrieval.',
  reduction: 'mean over pairs',
  inputs: [
    { name: 'x1', shape: '[n][d]', meaning: 'first embedding of each pair', differentiable: true },
    { name: 'x2', shape: '[n][d]', meaning: 'second embedding of each pair', differentiable: true },
    { name: 'y', shape: '[n]', meaning: 'pair label: 1 similar, 0 dissimilar', differentiable: false },
  ],
  params: [
    {
      name: 'margin',
      symbol: 'm',
      default: 1,
      range: [0, 3],
      step: 0.05,
      meaning: 'distance beyond which a dissimilar pair stops being pushed apart',
    },
  ],
  value(inputs, params) {
    const { diff, y } = read(inputs);
    const m = margin(params);
    // the similar term uses Σ diff² directly: no square root to lose digits at d ~ 1e-9
    return mean(diff.map((r, i) => {
      const d2 = dot(r, r);
      const h = Math.max(0, m - Math.sqrt(d2));
      return 0.5 * (y[i]! * d2 + (1 - y[i]!) * h * h);
    }));
  },
  grad(inputs, params) {
    const { diff, y } = read(inputs);
    const m = margin(params);
    const n = diff.length;
    // dℓ/dx₁ = y·(x₁ − x₂) − (1 − y)·max(0, m − d)·(x₁ − x₂)/d; the unit vector is 0 at d = 0, as PyTorch's norm.
    const g1 = diff.map((r, i) => {
      const d = Math.sqrt(dot(r, r));
      const push = d > 0 ? ((1 - y[i]!) * Math.max(0, m - d)) / d : 0;
      return r.map((v) => (y[i]! * v - push * v) / n);
    });
    return { x1: g1, x2: g1.map((r) => r.map((v) => -v)) };
  },
  profiles: [
    {
      axis: 'distance',
      label: 'distance d = ‖x₁ − x₂‖, similar pair',
      xTex: 'd',
      xText: 'd',
      domain: [0, 3],
      defined: [0, Infinity],
      held: 'label y = 1 (similar pair)',
      value: (d, p) => contrastiveAt(d, 1, margin(p)),
      derivative: (d, p) => contrastiveDerivAt(d, 1, margin(p)),
      piece: () => 0,
      batch: (d) => ({ inputs: { x1: [[d]], x2: [[0]], y: [1] }, dx: (g) => (g.x1 as number[][])[0]![0]! }),
    },
    {
      axis: 'distance',
      label: 'distance d = ‖x₁ − x₂‖, dissimilar pair',
      xTex: 'd',
      xText: 'd',
      domain: [0, 3],
      defined: [0, Infinity],
      held: 'label y = 0 (dissimilar pair)',
      value: (d, p) => contrastiveAt(d, 0, margin(p)),
      derivative: (d, p) => contrastiveDerivAt(d, 0, margin(p)),
      piece: (d, p) => (d < margin(p) ? 1 : 2),
      batch: (d) => ({ inputs: { x1: [[d]], x2: [[0]], y: [0] }, dx: (g) => (g.x1 as number[][])[0]![0]! }),
    },
  ],
  tex: {
    value: {
      lhs: '\\ell(d)',
      pieces: [
        { tex: '\\tfrac{1}{2} d^2', when: 'y = 1' },
        { tex: '\\tfrac{1}{2}\\left({{margin}} - d\\right)^2', when: 'y = 0,\\ d < {{margin}}' },
        { tex: '0', when: 'y = 0,\\ d \\ge {{margin}}' },
      ],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial d}',
      pieces: [
        { tex: 'd', when: 'y = 1' },
        { tex: '-\\left({{margin}} - d\\right)', when: 'y = 0,\\ d < {{margin}}' },
        { tex: '0', when: 'y = 0,\\ d \\ge {{margin}}' },
      ],
    },
  },
  calls: {
    pytorch: {
      code:
        'd = torch.linalg.vector_norm(x1 - x2, dim=1)\n' +
        'loss = (y * d**2 + (1 - y) * torch.clamp({{margin}} - d, min=0)**2).mul(0.5).mean()',
      note:
        'PyTorch has no class for this loss. nn.CosineEmbeddingLoss is a different loss (cosine, labels ±1); ' +
        'F.pairwise_distance adds eps = 1e-6 to the difference before the norm.',
    },
  },
  sample: (rng, n) => ({
    x1: Array.from({ length: n }, () => normals(rng, 3, 0.6)),
    x2: Array.from({ length: n }, () => normals(rng, 3, 0.6)),
    y: Array.from({ length: n }, () => (rng() < 0.5 ? 1 : 0)),
  }),
};
