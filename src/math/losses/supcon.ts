import { dot, unit, unitBackward, zeros } from '../numerics-metric';
import { logSumExp, sum } from '../numerics';
import { normal, normals } from '../random';
import { LossInputError, mat, num, vec } from '../tensor';
import type { Inputs, LossSpec, Params } from '../types';
import { infonceAt, infonceDerivAt } from './infonce';

const tau = (p: Params) => num(p, 'temperature');

/**
 * Per anchor i with positives P(i) (same label, j ≠ i) among A(i) = all j ≠ i, at similarities s_ij = zᵢ·zⱼ/τ:
 * ℓᵢ = log Σ_{a∈A(i)} e^{s_ia} − mean_{p∈P(i)} s_ip, and ∂ℓᵢ/∂s_ia = softmax_a − [a ∈ P(i)]/|P(i)|.
 */
function forward(inputs: Inputs, params: Params) {
  const f = mat(inputs, 'features');
  const labels = vec(inputs, 'labels');
  if (f.length === 0 || f[0]!.length === 0) throw new LossInputError('a batch needs at least one sample and one dimension');
  if (labels.length !== f.length) throw new LossInputError(`input "labels" has ${labels.length} entries, expected ${f.length}`);
  const T = tau(params);
  const z = f.map((r, i) => unit(r, `features[${i}]`));
  const anchors = f.flatMap((_, i) => {
    const others = f.map((_r, j) => j).filter((j) => j !== i);
    const pos = others.filter((j) => labels[j] === labels[i]);
    if (pos.length === 0) return [];
    const s = others.map((j) => dot(z[i]!.u, z[j]!.u) / T);
    const lse = logSumExp(s);
    const loss = lse - sum(others.map((j, k) => (labels[j] === labels[i] ? s[k]! : 0))) / pos.length;
    const ds = others.map((j, k) => Math.exp(s[k]! - lse) - (labels[j] === labels[i] ? 1 / pos.length : 0));
    return [{ i, others, loss, ds }];
  });
  if (anchors.length === 0) throw new LossInputError('input "labels" must give at least one sample a positive (two equal labels)');
  return { z, T, anchors, d: f[0]!.length };
}

/** The profile's batch: one positive pair and this many singletons, all orthogonal to the pair and each other. */
const NEG = 3;

export const supcon: LossSpec = {
  id: 'supcon',
  title: 'Supervised contrastive (SupCon)',
  family: 'metric',
  purpose: 'Contrastive learning with labels: every same-class sample in the batch is a positive',
  description:
    'InfoNCE with labels: each sample in the batch is an anchor, every other sample of its class is a positive and ' +
    'all other samples are in the denominator. The loss of an anchor averages the contrastive log-probability over ' +
    'its positives (the L_out form), and the batch value averages over the anchors that have a positive.',
  useWhen:
    'You have class labels and want an embedding (or a pre-trained encoder for a linear classifier) with tight, ' +
    'well-separated classes; its authors found it less sensitive to hyperparameters than cross-entropy.',
  watchOut:
    'It needs several samples per class in each batch; anchors without a positive contribute nothing. Small ' +
    'temperatures sharpen the focus on hard negatives but make training unstable.',
  source: { label: 'Khosla et al. 2020, Supervised Contrastive Learning', url: 'https://arxiv.org/abs/2004.11362' },
  reduction: 'mean over anchors that have at least one positive',
  inputs: [
    { name: 'features', shape: '[n][d]', meaning: 'embeddings (normalised to unit length inside)', differentiable: true },
    { name: 'labels', shape: '[n]', meaning: 'class label of each sample', differentiable: false },
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
  value(inputs, params) {
    const { anchors } = forward(inputs, params);
    return sum(anchors.map((a) => a.loss)) / anchors.length;
  },
  grad(inputs, params) {
    const { z, T, anchors, d } = forward(inputs, params);
    const gz = z.map(() => zeros(d));
    const c0 = 1 / (anchors.length * T);
    for (const { i, others, ds } of anchors) {
      others.forEach((j, k) => {
        const c = ds[k]! * c0;
        for (let t = 0; t < d; t++) {
          gz[i]![t]! += c * z[j]!.u[t]!;
          gz[j]![t]! += c * z[i]!.u[t]!;
        }
      });
    }
    return { features: gz.map((g, i) => unitBackward(z[i]!.u, z[i]!.len, g)) };
  },
  profiles: [
    {
      axis: 'similarity',
      label: 'cosine similarity s⁺ of the positive pair',
      xTex: 's^+',
      xText: 's⁺',
      domain: [-1, 1],
      defined: [-1, 1],
      held: `a batch of ${NEG + 2}: one positive pair and ${NEG} samples of other classes, each at similarity 0 to both`,
      value: (x, p) => infonceAt(x, 0, NEG, tau(p)),
      derivative: (x, p) => infonceDerivAt(x, 0, NEG, tau(p)),
      // Both members of the pair are anchors with the same loss; the singletons have no positive.
      batch: (x) => {
        const r = Math.sqrt(1 - x * x);
        const e = (i: number) => Array.from({ length: NEG + 2 }, (_, t) => (t === i ? 1 : 0));
        return {
          inputs: {
            features: [e(0), [x, r, 0, 0, 0], ...Array.from({ length: NEG }, (_, k) => e(k + 2))],
            labels: [0, 0, ...Array.from({ length: NEG }, (_, k) => k + 1)],
          },
          dx: (g) => (g.features as number[][])[1]![0]! - ((g.features as number[][])[1]![1]! * x) / r,
        };
      },
    },
  ],
  tex: {
    value: {
      lhs: '\\ell_i',
      pieces: [
        {
          tex: '-\\frac{1}{|P(i)|}\\sum_{p \\in P(i)} \\log \\frac{e^{z_i \\cdot z_p/{{temperature}}}}{\\sum_{a \\ne i} e^{z_i \\cdot z_a/{{temperature}}}}',
          when: '',
        },
      ],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell_i}{\\partial (z_i \\cdot z_a)}',
      pieces: [
        {
          tex: '\\frac{1}{{{temperature}}}\\left(\\frac{e^{z_i \\cdot z_a/{{temperature}}}}{\\sum_{b \\ne i} e^{z_i \\cdot z_b/{{temperature}}}} - \\frac{[a \\in P(i)]}{|P(i)|}\\right)',
          when: '',
        },
      ],
    },
  },
  calls: {},
  sample: (rng, n) => {
    // At least two samples, the first two of one class, so some anchor always has a positive.
    const m = Math.max(n, 2);
    const labels = Array.from({ length: m }, (_, i) => (i < 2 ? 0 : Math.floor(rng() * 3)));
    const centres = [normals(rng, 4), normals(rng, 4), normals(rng, 4)];
    return { features: labels.map((k) => centres[k]!.map((v) => v + 0.8 * normal(rng))), labels };
  },
};
