import { sigmoid, softplus, sum } from '../numerics';
import { gradOverRows, logSoftmaxTight, meanOverRows } from '../numerics-multiclass';
import { normals } from '../random';
import { num } from '../tensor';
import type { LossSpec, Params } from '../types';

/**
 * Cross-entropy of softmax(z) with true class y and label smoothing ε ∈ [0, 1]:
 * (1 − ε)(−log p_y) + ε·mean_j(−log p_j), i.e. −Σ_j q_j log p_j with q = (1 − ε)·e_y + ε/C.
 * z: logits [C]; y: class id; eps: the share of target mass spread uniformly over all C classes.
 */
export function smoothedCeAt(z: readonly number[], y: number, eps: number): number {
  const lp = logSoftmaxTight(z);
  const nll = -lp[y]!;
  return eps === 0 ? nll : (1 - eps) * nll + eps * (-sum(lp) / z.length);
}

/**
 * ∂/∂z of smoothedCeAt: p − q. The true-class entry is formed as expm1(log p_y) + ε(1 − 1/C),
 * so p_y − 1 keeps its digits when p_y is within 1e-20 of 1.
 */
export function smoothedCeGradAt(z: readonly number[], y: number, eps: number): number[] {
  const lp = logSoftmaxTight(z);
  const off = eps / z.length;
  return lp.map((l, j) => (j === y ? Math.expm1(l) + (eps - off) : Math.exp(l) - off));
}

const eps = (p: Params) => num(p, 'label_smoothing');
const LN2 = Math.LN2;

export const softmaxCe: LossSpec = {
  id: 'softmax_ce',
  title: 'Softmax cross-entropy',
  family: 'multiclass',
  purpose: 'Multiclass classification: negative log-probability of the correct class',
  useWhen:
    'Single-label classification over C classes: the standard loss, the negative log-likelihood of a categorical model.',
  watchOut:
    'Overconfident models: with separable data the logits grow without bound; label smoothing or weight decay keep them in check.',
  source: { label: 'torch.nn.CrossEntropyLoss', url: 'https://pytorch.org/docs/stable/generated/torch.nn.CrossEntropyLoss.html' },
  description:
    'Turns a row of logits into probabilities with softmax and charges the negative log-probability of the ' +
    'correct class. Label smoothing replaces the one-hot target by a mix with the uniform distribution, which ' +
    'caps how confident the model is pushed to be: the optimum logit gap becomes finite.',
  reduction: 'mean over samples',
  inputs: [
    { name: 'logits', shape: '[n][C]', meaning: 'unnormalised class scores z', differentiable: true },
    { name: 'target', shape: '[n]', meaning: 'true class ids y ∈ {0, …, C−1}', differentiable: false },
  ],
  params: [
    {
      name: 'label_smoothing',
      symbol: '\\varepsilon',
      default: 0,
      range: [0, 1],
      step: 0.01,
      meaning: 'share of the target mass spread evenly over all classes',
    },
  ],
  value(inputs, params) {
    const e = eps(params);
    return meanOverRows(inputs, 'logits', (row, y) => smoothedCeAt(row, y, e));
  },
  grad(inputs, params) {
    const e = eps(params);
    return gradOverRows(inputs, 'logits', (row, y) => smoothedCeGradAt(row, y, e));
  },
  profiles: [
    {
      axis: 'logit',
      label: 'true-class logit z_y',
      xTex: 'z_y',
      xText: 'z_y',
      domain: [-6, 6],
      held: 'C = 3 classes; the two other logits fixed at 0',
      // With the others at 0: −log p_y = softplus(ln 2 − z), and mean_j(−log p_j) = −log p_y + 2z/3.
      value: (x, p) => softplus(LN2 - x) + (2 * eps(p) * x) / 3,
      derivative: (x, p) => -sigmoid(LN2 - x) + (2 * eps(p)) / 3,
      batch: (x) => ({
        inputs: { logits: [[x, 0, 0]], target: [0] },
        dx: (g) => (g.logits as number[][])[0]![0]!,
      }),
    },
  ],
  tex: {
    value: {
      lhs: '\\ell(z)',
      pieces: [
        {
          tex: '-(1 - {{label_smoothing}})\\log p_y - \\frac{{{label_smoothing}}}{C}\\sum_{j=1}^{C}\\log p_j,\\quad p_j = \\frac{e^{z_j}}{\\sum_k e^{z_k}}',
          when: '',
        },
      ],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial z_y}',
      pieces: [{ tex: 'p_y - (1 - {{label_smoothing}}) - \\frac{{{label_smoothing}}}{C}', when: '' }],
    },
  },
  calls: {
    pytorch: { code: 'torch.nn.CrossEntropyLoss(label_smoothing={{label_smoothing}})' },
    keras: {
      code: 'keras.losses.CategoricalCrossentropy(from_logits=True, label_smoothing={{label_smoothing}})',
      note:
        'Takes one-hot targets. For class ids use keras.losses.SparseCategoricalCrossentropy(from_logits=True), ' +
        'which has no label smoothing.',
    },
    tfjs: {
      code: 'tf.losses.softmaxCrossEntropy(onehotLabels, logits, undefined, {{label_smoothing}})',
      note: 'Takes one-hot labels [n][C], not class ids.',
    },
  },
  sample: (rng, n) => ({
    logits: Array.from({ length: n }, () => normals(rng, 4, 2)),
    target: Array.from({ length: n }, () => Math.floor(rng() * 4)),
  }),
};
