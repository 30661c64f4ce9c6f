import { mean, sigmoid, softmax, softplus, sum } from '../numerics';
import { classMatrix, logSoftmaxTight, sameShape } from '../numerics-multiclass';
import { normals } from '../random';
import { LossInputError } from '../tensor';
import type { Inputs, LossSpec } from '../types';

/**
 * Cross-entropy of softmax(z) against a target distribution t: −Σ_j t_j log p_j.
 * z: logits [C]; t: target probabilities [C] (≥ 0, normally summing to 1). Terms with t_j = 0 count as 0.
 */
export function softCeAt(z: readonly number[], t: readonly number[]): number {
  const lp = logSoftmaxTight(z);
  return -sum(t.map((tj, j) => (tj === 0 ? 0 : tj * lp[j]!)));
}

/** ∂/∂z of softCeAt: p·Σt − t, which is p − t when the target row sums to 1. */
export function softCeGradAt(z: readonly number[], t: readonly number[]): number[] {
  const s = sum(t);
  return softmax(z).map((pj, j) => pj * s - t[j]!);
}

function read(inputs: Inputs) {
  const z = classMatrix(inputs, 'logits');
  const t = classMatrix(inputs, 'target');
  sameShape(z, t);
  if (t.some((r) => r.some((v) => !(v >= 0)))) throw new LossInputError('input "target" must hold probabilities ≥ 0');
  return { z, t };
}

/** Held target of the profile: t = (3/4, 1/8, 1/8), exact in binary so Σt = 1 exactly. */
const T1 = 0.75;
const LN2 = Math.LN2;

export const softmaxCeSoft: LossSpec = {
  id: 'softmax_ce_soft',
  title: 'Softmax cross-entropy (soft targets)',
  family: 'multiclass',
  purpose: 'Multiclass training on target distributions: mixup, distillation, soft labels',
  useWhen:
    'Targets are distributions rather than one class: knowledge distillation, mixup, label smoothing or annotator disagreement.',
  watchOut:
    'Its minimum is the entropy of the target, not zero; compare runs with KL divergence if you need a loss that reaches 0.',
  source: { label: 'Hinton, Vinyals & Dean 2015, Distilling the Knowledge in a Neural Network', url: 'https://arxiv.org/abs/1503.02531' },
  description:
    'Cross-entropy between a full target distribution and the softmax of the logits, as used for mixup, ' +
    'distillation or annotator votes. Its gradient is simply predicted minus target probabilities, so it is ' +
    'zero exactly when the softmax reproduces the target, not at infinitely large logits.',
  reduction: 'mean over samples',
  inputs: [
    { name: 'logits', shape: '[n][C]', meaning: 'unnormalised class scores z', differentiable: true },
    { name: 'target', shape: '[n][C]', meaning: 'target probabilities t, each row summing to 1', differentiable: false },
  ],
  params: [],
  value(inputs) {
    const { z, t } = read(inputs);
    return mean(z.map((row, i) => softCeAt(row, t[i]!)));
  },
  grad(inputs) {
    const { z, t } = read(inputs);
    const n = z.length;
    return { logits: z.map((row, i) => softCeGradAt(row, t[i]!).map((g) => g / n)) };
  },
  profiles: [
    {
      axis: 'logit',
      label: 'logit z₁ of the class with target t₁ = 0.75',
      xTex: 'z_1',
      xText: 'z₁',
      domain: [-6, 6],
      held: 'C = 3 classes; target t = (0.75, 0.125, 0.125); the other two logits fixed at 0',
      // With the others at 0: log Σ e^z = z + softplus(ln 2 − z), so the loss is softplus(ln 2 − z) + (1 − t₁)z.
      value: (x) => softplus(LN2 - x) + (1 - T1) * x,
      derivative: (x) => sigmoid(x - LN2) - T1,
      batch: (x) => ({
        inputs: { logits: [[x, 0, 0]], target: [[T1, (1 - T1) / 2, (1 - T1) / 2]] },
        dx: (g) => (g.logits as number[][])[0]![0]!,
      }),
    },
  ],
  tex: {
    value: {
      lhs: '\\ell(z)',
      pieces: [{ tex: '-\\sum_{j=1}^{C} t_j \\log p_j,\\quad p_j = \\frac{e^{z_j}}{\\sum_k e^{z_k}}', when: '' }],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial z_1}',
      pieces: [{ tex: 'p_1 - t_1', when: '' }],
    },
  },
  calls: {
    pytorch: {
      code: 'torch.nn.CrossEntropyLoss()(logits, target_probs)',
      note: 'Probability targets need PyTorch ≥ 1.10 and a float target of the same shape as the logits.',
    },
    keras: { code: 'keras.losses.CategoricalCrossentropy(from_logits=True)' },
    tfjs: { code: 'tf.losses.softmaxCrossEntropy(targetProbs, logits)' },
  },
  sample: (rng, n) => ({
    logits: Array.from({ length: n }, () => normals(rng, 4, 2)),
    target: Array.from({ length: n }, () => softmax(normals(rng, 4))),
  }),
};
