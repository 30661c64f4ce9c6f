import { norm, sameShape, sub } from '../numerics-metric';
import { mean } from '../numerics';
import { normal, normals } from '../random';
import { mat, num, sameLength } from '../tensor';
import type { Inputs, LossSpec, Params } from '../types';

/**
 * Triplet loss of one (anchor, positive, negative): max(0, d_ap − d_an + margin), where d_ap ≥ 0 is the
 * anchor–positive distance, d_an ≥ 0 the anchor–negative distance and margin ≥ 0 the gap demanded between them.
 */
export function tripletAt(dap: number, dan: number, margin: number): number {
  return Math.max(0, dap - dan + margin);
}

/** ∂ℓ/∂d_ap: 1 while the triplet violates the margin (PyTorch's clamp passes the gradient at exactly 0), else 0. */
export function tripletDerivAt(dap: number, dan: number, margin: number): number {
  return dap - dan + margin >= 0 ? 1 : 0;
}

/** d(a, n) used by the profile: the negative sits 2 away, so the hinge shows at d_ap = 2 − margin. */
const HELD_DAN = 2;
const margin = (p: Params) => num(p, 'margin');

function read(inputs: Inputs) {
  const a = mat(inputs, 'anchor');
  const p = mat(inputs, 'positive');
  const ng = mat(inputs, 'negative');
  sameShape(a, p, 'triplet');
  sameShape(a, ng, 'triplet');
  sameLength(a, p, ng);
  const ap = a.map((r, i) => sub(r, p[i]!));
  const an = a.map((r, i) => sub(r, ng[i]!));
  return { ap, an, dap: ap.map(norm), dan: an.map(norm) };
}

export const triplet: LossSpec = {
  id: 'triplet',
  title: 'Triplet margin',
  family: 'metric',
  purpose: 'Embeddings where an anchor is nearer its positive than its negative by a margin',
  useWhen:
    'Embeddings where only relative distances matter: face recognition, retrieval, re-identification.',
  watchOut:
    'Most random triplets already satisfy the margin and give zero gradient; training depends on mining semi-hard negatives.',
  source: { label: 'Schroff, Kalenichenko & Philbin 2015, FaceNet', url: 'https://arxiv.org/abs/1503.03832' },
  description:
    'Compares two distances from the same anchor: to a positive of its own class and to a negative of another. ' +
    'The loss is zero once the negative is farther than the positive by at least the margin; until then it grows ' +
    'linearly in the shortfall, pulling the positive in and pushing the negative out with unit-length forces.',
  reduction: 'mean over triplets',
  inputs: [
    { name: 'anchor', shape: '[n][d]', meaning: 'anchor embeddings a', differentiable: true },
    { name: 'positive', shape: '[n][d]', meaning: 'embeddings p of the same class as the anchor', differentiable: true },
    { name: 'negative', shape: '[n][d]', meaning: 'embeddings n of a different class', differentiable: true },
  ],
  params: [
    {
      name: 'margin',
      symbol: 'm',
      default: 1,
      range: [0, 3],
      step: 0.05,
      meaning: 'how much farther the negative must be than the positive before the loss is zero',
    },
  ],
  value(inputs, params) {
    const { dap, dan } = read(inputs);
    const m = margin(params);
    return mean(dap.map((d, i) => tripletAt(d, dan[i]!, m)));
  },
  grad(inputs, params) {
    const { ap, an, dap, dan } = read(inputs);
    const m = margin(params);
    const n = ap.length;
    const anchor: number[][] = [];
    const positive: number[][] = [];
    const negative: number[][] = [];
    ap.forEach((r, i) => {
      const on = tripletDerivAt(dap[i]!, dan[i]!, m) / n;
      // unit vectors (a − p)/d_ap and (a − n)/d_an; 0 where a distance is exactly 0, as PyTorch's norm
      const up = dap[i]! > 0 ? on / dap[i]! : 0;
      const un = dan[i]! > 0 ? on / dan[i]! : 0;
      positive.push(r.map((v) => -up * v));
      negative.push(an[i]!.map((v) => un * v));
      anchor.push(r.map((v, k) => up * v - un * an[i]![k]!));
    });
    return { anchor, positive, negative };
  },
  profiles: [
    {
      axis: 'distance',
      label: 'anchor–positive distance d(a, p)',
      xTex: 'd_{ap}',
      xText: 'd_ap',
      domain: [0, 4],
      defined: [0, Infinity],
      held: `anchor–negative distance d(a, n) = ${HELD_DAN}`,
      value: (x, p) => tripletAt(x, HELD_DAN, margin(p)),
      derivative: (x, p) => tripletDerivAt(x, HELD_DAN, margin(p)),
      piece: (x, p) => (x - HELD_DAN + margin(p) >= 0 ? 0 : 1),
      batch: (x) => ({
        inputs: { anchor: [[0]], positive: [[x]], negative: [[-HELD_DAN]] },
        dx: (g) => (g.positive as number[][])[0]![0]!,
      }),
    },
  ],
  tex: {
    value: {
      lhs: '\\ell(d_{ap})',
      pieces: [
        { tex: 'd_{ap} - d_{an} + {{margin}}', when: 'd_{ap} - d_{an} + {{margin}} \\ge 0' },
        { tex: '0', when: 'd_{ap} - d_{an} + {{margin}} < 0' },
      ],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial d_{ap}}',
      pieces: [
        { tex: '1', when: 'd_{ap} - d_{an} + {{margin}} \\ge 0' },
        { tex: '0', when: 'd_{ap} - d_{an} + {{margin}} < 0' },
      ],
    },
  },
  calls: {
    pytorch: {
      code: 'torch.nn.TripletMarginLoss(margin={{margin}}, p=2)',
      note:
        'PyTorch measures ‖a − p + ε‖ with ε = 1e-6 added to every coordinate; the distances here are plain. Values ' +
        'differ by about 1e-6, but when a and p are within ~1e-6 of each other ε sets the direction of their gradient.',
    },
  },
  sample: (rng, n) => {
    const anchor = Array.from({ length: n }, () => normals(rng, 3));
    return {
      anchor,
      positive: anchor.map((a) => a.map((v) => v + 0.7 * normal(rng))),
      negative: Array.from({ length: n }, () => normals(rng, 3)),
    };
  },
};
