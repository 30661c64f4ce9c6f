import { dot, norm, sameShape } from '../numerics-metric';
import { mean } from '../numerics';
import { normal, normals } from '../random';
import { flag, LossInputError, mat, num, sameLength } from '../tensor';
import type { Inputs, LossSpec, Params } from '../types';
import { tripletAt } from './triplet';

/** Cosine distance 1 − u·v/(‖u‖‖v‖) and its gradients with respect to u and v. */
function cosineDistance(u: readonly number[], v: readonly number[]) {
  const nu = norm(u);
  const nv = norm(v);
  if (!(nu > 0 && nv > 0)) throw new LossInputError('triplet_cosine: every embedding must be a non-zero vector');
  const cos = dot(u, v) / (nu * nv);
  return {
    d: 1 - cos,
    du: u.map((ui, k) => (cos * ui) / (nu * nu) - v[k]! / (nu * nv)),
    dv: v.map((vi, k) => (cos * vi) / (nv * nv) - u[k]! / (nu * nv)),
  };
}

const margin = (p: Params) => num(p, 'margin');

function forward(inputs: Inputs, params: Params) {
  const a = mat(inputs, 'anchor');
  const p = mat(inputs, 'positive');
  const ng = mat(inputs, 'negative');
  sameShape(a, p, 'triplet_cosine');
  sameShape(a, ng, 'triplet_cosine');
  const n = sameLength(a, p, ng);
  const swap = flag(params, 'swap');
  const m = margin(params);
  const rows = a.map((ai, i) => {
    const ap = cosineDistance(ai, p[i]!);
    const an = cosineDistance(ai, ng[i]!);
    // With swap the negative is measured from whichever of anchor and positive is closer to it.
    const pn = swap ? cosineDistance(p[i]!, ng[i]!) : undefined;
    const useSwap = pn !== undefined && pn.d < an.d;
    const dneg = useSwap ? pn.d : an.d;
    return { ap, an, pn, useSwap, loss: tripletAt(ap.d, dneg, m), on: ap.d - dneg + m >= 0 };
  });
  return { rows, n, d: a[0]!.length };
}

/** The profile's geometry: anchor e₁, positive at cosine distance x in the e₁e₂ plane, negative at cosine −½ to the anchor, off that plane. */
const HELD_DAN = 1.5;

export const tripletCosine: LossSpec = {
  id: 'triplet_cosine',
  title: 'Triplet margin (cosine distance)',
  family: 'metric',
  purpose: 'Triplet loss on angles: positive nearer the anchor than the negative, in cosine',
  description:
    'The triplet margin loss with the cosine distance D(u, v) = 1 − cos(u, v) in place of the Euclidean one. The loss ' +
    'is zero once the negative is farther from the anchor than the positive by the margin, measured in cosine ' +
    'distance (0 for the same direction, 2 for opposite ones); only directions count, never lengths.',
  useWhen:
    'Embeddings are normalised or compared by cosine at test time (face and speaker embeddings, retrieval), so the ' +
    'training distance should match.',
  watchOut:
    'Cosine distance lives in [0, 2], so a margin near 2 can never be met, and even the default of 1 asks for as much ' +
    'as an identical positive against an orthogonal negative. Most triplets become easy fast; mine hard ones.',
  source: {
    label: 'torch.nn.TripletMarginWithDistanceLoss',
    url: 'https://pytorch.org/docs/stable/generated/torch.nn.TripletMarginWithDistanceLoss.html',
  },
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
      range: [0, 2],
      step: 0.05,
      meaning: 'how much farther (in cosine distance) the negative must be than the positive',
    },
  ],
  options: [
    { name: 'swap', choices: ['false', 'true'], default: 'false', meaning: 'measure the negative from the positive when that is closer' },
  ],
  value(inputs, params) {
    return mean(forward(inputs, params).rows.map((r) => r.loss));
  },
  grad(inputs, params) {
    const { rows, n, d } = forward(inputs, params);
    const z = () => Array.from({ length: d }, () => 0);
    const anchor = rows.map(z);
    const positive = rows.map(z);
    const negative = rows.map(z);
    rows.forEach((r, i) => {
      if (!r.on) return;
      for (let k = 0; k < d; k++) {
        anchor[i]![k]! += r.ap.du[k]! / n;
        positive[i]![k]! += r.ap.dv[k]! / n;
        if (r.useSwap) {
          positive[i]![k]! -= r.pn!.du[k]! / n;
          negative[i]![k]! -= r.pn!.dv[k]! / n;
        } else {
          anchor[i]![k]! -= r.an.du[k]! / n;
          negative[i]![k]! -= r.an.dv[k]! / n;
        }
      }
    });
    return { anchor, positive, negative };
  },
  profiles: [
    {
      axis: 'distance',
      label: 'anchor–positive cosine distance D(a, p)',
      xTex: 'D_{ap}',
      xText: 'D_ap',
      domain: [0, 2],
      defined: [0, 2],
      held: `D(a, n) = ${HELD_DAN}; with swap, D(p, n) = ${HELD_DAN} − ½·D(a, p) is the smaller and is used`,
      value: (x, ps) => tripletAt(x, flag(ps, 'swap') ? HELD_DAN - 0.5 * x : HELD_DAN, margin(ps)),
      derivative: (x, ps) => {
        const swap = flag(ps, 'swap');
        const on = x - (swap ? HELD_DAN - 0.5 * x : HELD_DAN) + margin(ps) >= 0;
        return on ? (swap ? 1.5 : 1) : 0;
      },
      piece: (x, ps) => (x - (flag(ps, 'swap') ? HELD_DAN - 0.5 * x : HELD_DAN) + margin(ps) >= 0 ? 0 : 1),
      // Positive (c, √(1 − c²), 0) with c = 1 − x; negative (−½, 0, √¾), so cos(p, n) = −c/2.
      batch: (x) => {
        const c = 1 - x;
        const r = Math.sqrt(1 - c * c);
        return {
          inputs: { anchor: [[1, 0, 0]], positive: [[c, r, 0]], negative: [[-0.5, 0, Math.sqrt(0.75)]] },
          dx: (g) => -(g.positive as number[][])[0]![0]! + ((g.positive as number[][])[0]![1]! * c) / r,
        };
      },
    },
  ],
  tex: {
    value: {
      lhs: '\\ell(D_{ap})',
      pieces: [
        { tex: 'D_{ap} - D_{an} + {{margin}}', when: 'D_{ap} - D_{an} + {{margin}} \\ge 0' },
        { tex: '0', when: 'D_{ap} - D_{an} + {{margin}} < 0' },
      ],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial D_{ap}}',
      pieces: [
        { tex: '1', when: 'D_{ap} - D_{an} + {{margin}} \\ge 0' },
        { tex: '0', when: 'D_{ap} - D_{an} + {{margin}} < 0' },
      ],
    },
  },
  calls: {
    pytorch: {
      code:
        'torch.nn.TripletMarginWithDistanceLoss(\n' +
        '    distance_function=lambda u, v: 1 - F.cosine_similarity(u, v),\n' +
        '    margin={{margin}}, swap={{swap:py}})',
      note: 'With swap, D_an is replaced by min(D(a, n), D(p, n)).',
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
