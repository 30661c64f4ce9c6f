import { dot, sameShape } from '../numerics-metric';
import { mean } from '../numerics';
import { normals } from '../random';
import { mat, num, sameLength, vec } from '../tensor';
import type { Inputs, LossSpec, Params, Profile } from '../types';
import { signLabels } from './hinge';

/** PyTorch's ε added to each squared norm: float32(1e-12) read as a double. */
const EPS = 9.999999960041972e-13;

/**
 * cos(a, b) = a·b / √((‖a‖² + ε)(‖b‖² + ε)) as PyTorch's cosine embedding loss forms it, with ∂cos/∂a and ∂cos/∂b.
 * The dot product is divided last, so orthogonal integer vectors give exactly 0.
 */
export function cosineWithGrad(a: readonly number[], b: readonly number[]) {
  const ma = dot(a, a) + EPS;
  const mb = dot(b, b) + EPS;
  const den = Math.sqrt(ma * mb);
  const cos = dot(a, b) / den;
  return {
    cos,
    da: a.map((ai, k) => b[k]! / den - (cos * ai) / ma),
    db: b.map((bi, k) => a[k]! / den - (cos * bi) / mb),
  };
}

/** Loss of one pair at cosine s: 1 − s for y = 1, max(0, s − margin) for y = −1. */
export function cosineEmbeddingAt(s: number, y: number, margin: number): number {
  return y === 1 ? 1 - s : Math.max(0, s - margin);
}

/** dℓ/ds: −1 for y = 1; 1 for y = −1 while s − margin ≥ 0 (PyTorch's clamp keeps it at the kink), else 0. */
export function cosineEmbeddingDerivAt(s: number, y: number, margin: number): number {
  if (y === 1) return -1;
  return s - margin >= 0 ? 1 : 0;
}

const margin = (p: Params) => num(p, 'margin');

function read(inputs: Inputs) {
  const x1 = mat(inputs, 'x1');
  const x2 = mat(inputs, 'x2');
  const y = signLabels(vec(inputs, 'y'), 'y');
  sameShape(x1, x2, 'cosine_embedding');
  const n = sameLength(x1, y);
  return { pairs: x1.map((a, i) => cosineWithGrad(a, x2[i]!)), y, n };
}

/** Unit x1 = e₁ and x2 = (s, √(1 − s²)) on the circle, so cos is s (up to ε); d/ds follows the circle. */
const similarityAxis = (y: 1 | -1): Profile => ({
  axis: 'similarity',
  label: `cosine similarity s, ${y === 1 ? 'similar' : 'dissimilar'} pair`,
  xTex: 's',
  xText: 's',
  domain: [-1, 1],
  defined: [-1, 1],
  held: y === 1 ? 'label y = 1 (similar pair)' : 'label y = −1 (dissimilar pair)',
  value: (s, p) => cosineEmbeddingAt(s, y, margin(p)),
  derivative: (s, p) => cosineEmbeddingDerivAt(s, y, margin(p)),
  piece: (s, p) => (y === 1 ? 0 : s >= margin(p) ? 1 : 2),
  batch: (s) => {
    const r = Math.sqrt(1 - s * s);
    return {
      inputs: { x1: [[1, 0]], x2: [[s, r]], y: [y] },
      dx: (g) => (g.x2 as number[][])[0]![0]! - ((g.x2 as number[][])[0]![1]! * s) / r,
    };
  },
});

export const cosineEmbedding: LossSpec = {
  id: 'cosine_embedding',
  title: 'Cosine embedding',
  family: 'metric',
  purpose: 'Pairs compared by angle: similar pairs toward cosine 1, others below a margin',
  description:
    'Compares two embeddings by the cosine of the angle between them, so their lengths do not matter. A similar ' +
    'pair pays 1 − cos, pulling it toward the same direction; a dissimilar pair pays only while its cosine is ' +
    'above the margin, pushing it toward orthogonal (margin 0) or further.',
  useWhen:
    'Embeddings are compared by cosine at test time (retrieval, paraphrase or duplicate detection) and you have ' +
    'labelled pairs.',
  watchOut:
    'Labels are ±1, not 1/0. With margin 0 a dissimilar pair is satisfied at orthogonal, not opposite; a ' +
    'negative margin asks for more, which is rarely reachable for many classes in few dimensions.',
  source: { label: 'torch.nn.CosineEmbeddingLoss', url: 'https://pytorch.org/docs/stable/generated/torch.nn.CosineEmbeddingLoss.html' },
  reduction: 'mean over pairs',
  inputs: [
    { name: 'x1', shape: '[n][d]', meaning: 'first embedding of each pair', differentiable: true },
    { name: 'x2', shape: '[n][d]', meaning: 'second embedding of each pair', differentiable: true },
    { name: 'y', shape: '[n]', meaning: 'pair label: 1 similar, −1 dissimilar', differentiable: false },
  ],
  params: [
    {
      name: 'margin',
      symbol: 'm',
      default: 0,
      range: [-1, 1],
      step: 0.05,
      meaning: 'cosine below which a dissimilar pair stops costing anything',
    },
  ],
  value(inputs, params) {
    const { pairs, y } = read(inputs);
    const m = margin(params);
    return mean(pairs.map((q, i) => cosineEmbeddingAt(q.cos, y[i]!, m)));
  },
  grad(inputs, params) {
    const { pairs, y, n } = read(inputs);
    const m = margin(params);
    const c = pairs.map((q, i) => cosineEmbeddingDerivAt(q.cos, y[i]!, m) / n);
    return {
      x1: pairs.map((q, i) => q.da.map((v) => c[i]! * v)),
      x2: pairs.map((q, i) => q.db.map((v) => c[i]! * v)),
    };
  },
  profiles: [similarityAxis(1), similarityAxis(-1)],
  tex: {
    value: {
      lhs: '\\ell(s)',
      pieces: [
        { tex: '1 - s', when: 'y = 1' },
        { tex: 's - {{margin}}', when: 'y = -1,\\ s \\ge {{margin}}' },
        { tex: '0', when: 'y = -1,\\ s < {{margin}}' },
      ],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial s}',
      pieces: [
        { tex: '-1', when: 'y = 1' },
        { tex: '1', when: 'y = -1,\\ s \\ge {{margin}}' },
        { tex: '0', when: 'y = -1,\\ s < {{margin}}' },
      ],
    },
  },
  calls: { pytorch: { code: 'torch.nn.CosineEmbeddingLoss(margin={{margin}})' } },
  sample: (rng, n) => ({
    x1: Array.from({ length: n }, () => normals(rng, 3)),
    x2: Array.from({ length: n }, () => normals(rng, 3)),
    y: Array.from({ length: n }, () => (rng() < 0.5 ? -1 : 1)),
  }),
};
