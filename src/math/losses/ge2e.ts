import { addScaled, crossEntropyRow, dot, scale, unit, unitBackward, zeros } from '../numerics-metric';
import { sigmoid, softplus, sum } from '../numerics';
import { normal, normals } from '../random';
import { cube, LossInputError, num } from '../tensor';
import type { Inputs, LossSpec, Params } from '../types';

/** Other speakers in the profile batch, their centroids held at cosine 0 to every utterance. */
const OTHERS = 3;
const wOf = (p: Params) => num(p, 'w');
const bOf = (p: Params) => num(p, 'b');

/**
 * GE2E softmax loss of one utterance with cosine c⁺ to its own (exclusive) centroid and cosine 0 to `others`
 * other centroids: −(w c⁺ + b) + log(e^{w c⁺ + b} + k·e^{b}) = softplus(log k − w c⁺). w > 0 scales
 * cosines into logits; the bias b shifts every logit alike and cancels.
 */
export function ge2eAt(cPos: number, others: number, w: number): number {
  return softplus(Math.log(others) - w * cPos);
}

/** dℓ/dc⁺ = −w·(1 − p_own), p_own the softmax probability of the utterance's own speaker. */
export function ge2eDerivAt(cPos: number, others: number, w: number): number {
  return -w * sigmoid(Math.log(others) - w * cPos);
}

function forward(inputs: Inputs, params: Params) {
  const emb = cube(inputs, 'emb');
  const N = emb.length;
  const M = N > 0 ? emb[0]!.length : 0;
  const d = M > 0 ? emb[0]![0]!.length : 0;
  if (N === 0 || M < 2 || d === 0) throw new LossInputError('emb must be [N][M][d] with M ≥ 2 utterances per speaker');
  if (emb.some((spk) => spk.length !== M || spk.some((e) => e.length !== d))) {
    throw new LossInputError('every speaker needs the same number of utterances of the same dimension');
  }
  const w = wOf(params);
  const b = bOf(params);
  const e = emb.map((spk, j) => spk.map((v, i) => unit(v, `emb[${j}][${i}]`)));
  const avg = (vs: readonly (readonly number[])[]) => {
    const c = zeros(d);
    for (const v of vs) addScaled(c, v, 1);
    return scale(c, 1 / vs.length);
  };
  const full = emb.map((spk, k) => unit(avg(spk), `centroid ${k}`));
  // exclusive centroid: the mean of the speaker's other M − 1 utterances, summed directly (no S − e cancellation)
  const excl = emb.map((spk, j) => spk.map((_, i) => unit(avg(spk.filter((__, t) => t !== i)), `centroid ${j} without ${i}`)));
  const centre = (j: number, i: number, k: number) => (k === j ? excl[j]![i]! : full[k]!);
  const rows = e.map((spk, j) => spk.map((ei, i) => crossEntropyRow(emb.map((_, k) => w * dot(ei.u, centre(j, i, k).u) + b), j)));
  return { N, M, d, w, e, full, centre, rows };
}

export const ge2e: LossSpec = {
  id: 'ge2e',
  title: 'GE2E (generalized end-to-end, softmax)',
  family: 'metric',
  purpose: 'Speaker verification: each utterance is classified against all speaker centroids',
  useWhen:
    'Speaker verification trained on batches of N speakers with M utterances each.',
  watchOut:
    'Batches must have the N × M structure, and the learned scale and offset need to stay positive for the loss to mean what it should.',
  source: { label: 'Wan et al. 2018, Generalized End-to-End Loss for Speaker Verification', url: 'https://arxiv.org/abs/1710.10467' },
  description:
    'Speaker-verification loss over a batch of N speakers with M utterances each. Every utterance is scored by ' +
    'scaled cosine against every speaker centroid (its own centroid leaves the utterance out) and classified with ' +
    'a softmax, so each embedding is pulled to its own speaker and pushed from the closest other one.',
  reduction: 'mean over all N·M utterances',
  inputs: [{ name: 'emb', shape: '[N][M][d]', meaning: 'embeddings: N speakers × M utterances × d', differentiable: true }],
  params: [
    { name: 'w', symbol: 'w', default: 10, range: [0.5, 50], step: 0.5, meaning: 'scale turning cosines into logits (learned, kept positive)' },
    { name: 'b', symbol: 'b', default: -5, range: [-10, 10], step: 0.5, meaning: 'bias added to every logit; it cancels in the softmax' },
  ],
  value(inputs, params) {
    const { N, M, rows } = forward(inputs, params);
    return sum(rows.flat().map((r) => r.loss)) / (N * M);
  },
  grad(inputs, params) {
    const { N, M, d, w, e, full, centre, rows } = forward(inputs, params);
    const gEmb = e.map((spk) => spk.map(() => zeros(d)));
    const gFull = full.map(() => zeros(d));
    rows.forEach((spk, j) => spk.forEach(({ dz }, i) => {
      const ei = e[j]![i]!;
      const gE = zeros(d);
      dz.forEach((g, k) => {
        const G = (g * w) / (N * M);
        const c = centre(j, i, k);
        addScaled(gE, c.u, G);
        const gc = scale(unitBackward(c.u, c.len, ei.u), G);
        // a full centroid moves with all M utterances; an exclusive one with the other M − 1
        if (k !== j) addScaled(gFull[k]!, gc, 1);
        else for (let t = 0; t < M; t++) if (t !== i) addScaled(gEmb[j]![t]!, gc, 1 / (M - 1));
      });
      addScaled(gEmb[j]![i]!, unitBackward(ei.u, ei.len, gE), 1);
    }));
    gEmb.forEach((spk, k) => spk.forEach((g) => addScaled(g, gFull[k]!, 1 / M)));
    return { emb: gEmb };
  },
  profiles: [
    {
      axis: 'similarity',
      label: 'cosine to own (exclusive) centroid',
      xTex: '\\cos_{ji,j}',
      xText: 'cos_ji,j',
      domain: [-1, 1],
      defined: [-1, 1],
      held: `${OTHERS + 1} speakers × 2 utterances in orthogonal planes: cosine 0 to the ${OTHERS} other centroids`,
      value: (x, p) => ge2eAt(x, OTHERS, wOf(p)),
      derivative: (x, p) => ge2eDerivAt(x, OTHERS, wOf(p)),
      // speaker k: e_{2k} and x·e_{2k} + √(1 − x²)·e_{2k+1}; each is the other's exclusive centroid
      batch: (x) => {
        const r = Math.sqrt(1 - x * x);
        const D = 2 * (OTHERS + 1);
        const at = (pairs: readonly [number, number][]) => {
          const v = zeros(D);
          for (const [t, val] of pairs) v[t] = val;
          return v;
        };
        const spk = Array.from({ length: OTHERS + 1 }, (_, k) => k);
        return {
          inputs: { emb: spk.map((k) => [at([[2 * k, 1]]), at([[2 * k, x], [2 * k + 1, r]])]) },
          dx: (g) => sum(spk.map((k) => {
            const gk = (g.emb as number[][][])[k]![1]!;
            return gk[2 * k]! - (gk[2 * k + 1]! * x) / r;
          })),
        };
      },
    },
  ],
  tex: {
    value: {
      lhs: '\\ell_{ji}',
      pieces: [{ tex: '-\\left({{w}}\\cos_{ji,j} + {{b}}\\right) + \\log \\sum_{k} e^{{{w}}\\cos_{ji,k} + {{b}}}', when: '' }],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell_{ji}}{\\partial \\cos_{ji,j}}',
      pieces: [{ tex: '-{{w}}\\left(1 - \\frac{e^{{{w}}\\cos_{ji,j}}}{\\sum_k e^{{{w}}\\cos_{ji,k}}}\\right)', when: '' }],
    },
  },
  calls: {
    pytorch: {
      code:
        'N, M, _ = emb.shape\n' +
        'e = F.normalize(emb, dim=2)\n' +
        'cos = e @ F.normalize(emb.mean(1), dim=1).T\n' +
        'excl = F.normalize((emb.sum(1, keepdim=True) - emb) / (M - 1), dim=2)\n' +
        'cos[torch.arange(N), :, torch.arange(N)] = (e * excl).sum(2)\n' +
        'loss = F.cross_entropy(({{w}} * cos + {{b}}).reshape(N * M, N), torch.arange(N).repeat_interleave(M))',
      note: 'No core PyTorch class; written out. Wan et al. learn w and b, keeping w > 0; F.cosine_similarity would clamp tiny norms, so the cosines are taken from normalised vectors.',
    },
  },
  sample: (rng, n) => {
    const N = n + 1;
    return {
      emb: Array.from({ length: N }, () => {
        const centre = normals(rng, 3);
        return Array.from({ length: 3 }, () => centre.map((v) => v + 0.6 * normal(rng)));
      }),
    };
  },
};
