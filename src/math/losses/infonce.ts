import { crossEntropyRow, dot, sameShape, unit, unitBackward, type Vec, zeros } from '../numerics-metric';
import { softplus, sigmoid, sum } from '../numerics';
import { normal, normals } from '../random';
import { mat, num, option } from '../tensor';
import type { Inputs, LossSpec, Params } from '../types';

const SIMILARITIES = ['cosine', 'dot'] as const;
type Similarity = (typeof SIMILARITIES)[number];

/** Negatives in the profile: three other keys, each at similarity 0 to the query (a batch of 4). */
const NEG = 3;
const NEG_SIM = 0;

/**
 * InfoNCE of one query whose positive key has similarity s⁺, against `negatives` keys at similarity s⁻,
 * temperature τ > 0: −log(e^{s⁺/τ} / (e^{s⁺/τ} + k·e^{s⁻/τ})) = softplus(log k + (s⁻ − s⁺)/τ).
 */
export function infonceAt(sPos: number, sNeg: number, negatives: number, tau: number): number {
  return softplus(Math.log(negatives) + (sNeg - sPos) / tau);
}

/** dℓ/ds⁺ = −(1 − p⁺)/τ, where 1 − p⁺ = σ(log k + (s⁻ − s⁺)/τ) is the probability mass on the negatives. */
export function infonceDerivAt(sPos: number, sNeg: number, negatives: number, tau: number): number {
  return -sigmoid(Math.log(negatives) + (sNeg - sPos) / tau) / tau;
}

const tau = (p: Params) => num(p, 'temperature');

/** Rows as used in the similarity (unit vectors for cosine) with their lengths for the backward pass. */
function prepare(inputs: Inputs, sim: Similarity) {
  const q = mat(inputs, 'query');
  const k = mat(inputs, 'key');
  sameShape(q, k, 'infonce');
  const norm = (rows: readonly Vec[], what: string) =>
    sim === 'cosine' ? rows.map((r, i) => unit(r, `${what}[${i}]`)) : rows.map((r) => ({ u: [...r], len: 1 }));
  return { q: norm(q, 'query'), k: norm(k, 'key') };
}

function forward(inputs: Inputs, params: Params) {
  const sim = option(params, 'similarity', SIMILARITIES);
  const T = tau(params);
  const { q, k } = prepare(inputs, sim);
  const rows = q.map((qi, i) => crossEntropyRow(k.map((kj) => dot(qi.u, kj.u) / T), i));
  return { sim, T, q, k, rows };
}

export const infonce: LossSpec = {
  id: 'infonce',
  title: 'InfoNCE (in-batch contrastive)',
  family: 'metric',
  purpose: 'Self-supervised and retrieval training: each query must pick its key from the batch',
  useWhen:
    'Self-supervised or multimodal contrastive learning with many negatives per positive, as in SimCLR or CLIP.',
  watchOut:
    'The temperature sets how hard the negatives count; too low makes training unstable, and small batches give too few negatives.',
  source: { label: 'van den Oord, Li & Vinyals 2018, Representation Learning with Contrastive Predictive Coding', url: 'https://arxiv.org/abs/1807.03748' },
  description:
    'Each query must pick out its own key among all keys in the batch, the other keys serving as negatives: a ' +
    'softmax cross-entropy over similarities divided by a temperature. Low temperatures focus the loss on the ' +
    'hardest negatives. It is the objective behind SimCLR, MoCo, CLIP and dense-retrieval training.',
  reduction: 'mean over queries',
  inputs: [
    { name: 'query', shape: '[n][d]', meaning: 'query embeddings q, one per positive pair', differentiable: true },
    { name: 'key', shape: '[n][d]', meaning: 'key embeddings k; row i is the positive for query i', differentiable: true },
  ],
  params: [
    {
      name: 'temperature',
      symbol: '\\tau',
      default: 0.1,
      range: [0.01, 2],
      step: 0.01,
      scale: 'log',
      meaning: 'divides every similarity; smaller values sharpen the softmax onto the hardest negatives',
    },
  ],
  options: [
    { name: 'similarity', choices: SIMILARITIES, default: 'cosine', meaning: 'cosine of the angle or the raw dot product' },
  ],
  value(inputs, params) {
    const { rows } = forward(inputs, params);
    return sum(rows.map((r) => r.loss)) / rows.length;
  },
  grad(inputs, params) {
    const { sim, T, q, k, rows } = forward(inputs, params);
    const n = q.length;
    const d = q[0]!.u.length;
    const gq = q.map(() => zeros(d));
    const gk = k.map(() => zeros(d));
    rows.forEach(({ dz }, i) => {
      dz.forEach((g, j) => {
        const c = g / (n * T);
        for (let t = 0; t < d; t++) {
          gq[i]![t]! += c * k[j]!.u[t]!;
          gk[j]![t]! += c * q[i]!.u[t]!;
        }
      });
    });
    if (sim === 'dot') return { query: gq, key: gk };
    return {
      query: gq.map((g, i) => unitBackward(q[i]!.u, q[i]!.len, g)),
      key: gk.map((g, j) => unitBackward(k[j]!.u, k[j]!.len, g)),
    };
  },
  profiles: [
    {
      axis: 'similarity',
      label: 'similarity s⁺ of the positive pair',
      xTex: 's^+',
      xText: 's⁺',
      domain: [-1, 1],
      defined: [-1, 1],
      held: `batch of ${NEG + 1}: the ${NEG} negatives each at similarity ${NEG_SIM} to the query`,
      value: (x, p) => infonceAt(x, NEG_SIM, NEG, tau(p)),
      derivative: (x, p) => infonceDerivAt(x, NEG_SIM, NEG, tau(p)),
      // Unit queries eᵢ and unit keys x·eᵢ + √(1 − x²)·e₄: q_i·k_j = x δᵢⱼ for dot and cosine alike.
      batch: (x) => {
        const r = Math.sqrt(1 - x * x);
        const e = (i: number, a: number, b: number) => Array.from({ length: NEG + 2 }, (_, t) => (t === i ? a : t === NEG + 1 ? b : 0));
        const idx = Array.from({ length: NEG + 1 }, (_, i) => i);
        return {
          inputs: { query: idx.map((i) => e(i, 1, 0)), key: idx.map((i) => e(i, x, r)) },
          dx: (g) => sum(idx.map((i) => (g.key as number[][])[i]![i]! - ((g.key as number[][])[i]![NEG + 1]! * x) / r)),
        };
      },
    },
  ],
  tex: {
    value: {
      lhs: '\\ell(s^+)',
      pieces: [{ tex: '-\\log \\frac{e^{s^+/{{temperature}}}}{e^{s^+/{{temperature}}} + \\sum_{j \\ne i} e^{s_{ij}/{{temperature}}}}', when: '' }],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial s^+}',
      pieces: [{ tex: '-\\frac{1}{{{temperature}}}\\left(1 - \\frac{e^{s^+/{{temperature}}}}{\\sum_{j} e^{s_{ij}/{{temperature}}}}\\right)', when: '' }],
    },
  },
  calls: {
    pytorch: {
      code:
        'q, k = (F.normalize(query, dim=1), F.normalize(key, dim=1)) if {{similarity}} == "cosine" else (query, key)\n' +
        'loss = F.cross_entropy(q @ k.T / {{temperature}}, torch.arange(len(q)))',
      note:
        'sentence-transformers MultipleNegativesRankingLoss(model, scale=1/τ) is the cosine version (its default ' +
        'scale 20 is τ = 0.05); CLIP-style training averages this with the same loss on the transposed logits.',
    },
  },
  sample: (rng, n) => {
    const query = Array.from({ length: n }, () => normals(rng, 4));
    return { query, key: query.map((q) => q.map((v) => v + 0.8 * normal(rng))) };
  },
};
