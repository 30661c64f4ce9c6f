import { softmax, sum } from '../numerics';
import { classMatrix, sameShape } from '../numerics-multiclass';
import { normals } from '../random';
import { LossInputError } from '../tensor';
import type { Inputs, LossSpec } from '../types';

/**
 * KL(t ‖ q) = Σ_j t_j log(t_j / q_j) for one sample, with 0·log 0 = 0.
 * t: target distribution [C]; q: predicted distribution [C]. Written as t_j(log t_j − log q_j) so that
 * q_j ~ 1e-300 cannot overflow t_j / q_j.
 */
export function klAt(t: readonly number[], q: readonly number[]): number {
  return sum(t.map((tj, j) => (tj === 0 ? 0 : tj * (Math.log(tj) - Math.log(q[j]!)))));
}

/** ∂KL/∂q_j = −t_j / q_j (0 where t_j = 0), treating every q_j as a free variable. */
export function klGradAt(t: readonly number[], q: readonly number[]): number[] {
  return t.map((tj, j) => (tj === 0 ? 0 : -tj / q[j]!));
}

function read(inputs: Inputs) {
  const t = classMatrix(inputs, 'target');
  const q = classMatrix(inputs, 'pred');
  sameShape(t, q);
  for (const [name, m] of [['target', t], ['pred', q]] as const) {
    if (m.some((r) => r.some((v) => !(v >= 0)))) throw new LossInputError(`input "${name}" must hold probabilities ≥ 0`);
  }
  return { t, q };
}

/** Held target of the profile, t = (0.7, 0.3). */
const T1 = 0.7;

export const klDiv: LossSpec = {
  id: 'kl_div',
  title: 'KL divergence',
  family: 'multiclass',
  purpose: 'Matching a predicted distribution to a target distribution, as in distillation',
  useWhen:
    'Matching a predicted distribution to a target one, as in distillation or variational objectives, when you want a loss that is 0 at a perfect match.',
  watchOut:
    'PyTorch\'s KLDivLoss takes log-probabilities as input and reduction=\'mean\' divides by every element; use reduction=\'batchmean\' for the true KL.',
  source: { label: 'torch.nn.KLDivLoss', url: 'https://pytorch.org/docs/stable/generated/torch.nn.KLDivLoss.html' },
  description:
    'The extra code length paid for describing samples from the target distribution t with a code built for ' +
    'the predicted distribution q. It is zero only when q = t, and it explodes where q puts almost no mass on ' +
    'a class that t considers likely; classes with t = 0 cost nothing.',
  reduction: 'sum over classes, mean over samples (batchmean)',
  inputs: [
    { name: 'target', shape: '[n][C]', meaning: 'target distribution t, rows summing to 1', differentiable: false },
    { name: 'pred', shape: '[n][C]', meaning: 'predicted distribution q, rows summing to 1', differentiable: true },
  ],
  params: [],
  value(inputs) {
    const { t, q } = read(inputs);
    return sum(t.map((row, i) => klAt(row, q[i]!))) / t.length;
  },
  grad(inputs) {
    const { t, q } = read(inputs);
    const n = t.length;
    return { pred: t.map((row, i) => klGradAt(row, q[i]!).map((g) => g / n)) };
  },
  profiles: [
    {
      axis: 'probability',
      label: 'predicted probability q₁ of the first class',
      xTex: 'q_1',
      xText: 'q₁',
      domain: [0.005, 0.995],
      defined: [0, 1],
      held: 'C = 2 classes; target t = (0.7, 0.3); pred q = (q₁, 1 − q₁)',
      value: (x) => klAt([T1, 1 - T1], [x, 1 - x]),
      derivative: (x) => -T1 / x + (1 - T1) / (1 - x),
      batch: (x) => ({
        inputs: { target: [[T1, 1 - T1]], pred: [[x, 1 - x]] },
        // q₂ = 1 − q₁ moves against q₁.
        dx: (g) => {
          const row = (g.pred as number[][])[0]!;
          return row[0]! - row[1]!;
        },
      }),
    },
  ],
  tex: {
    value: {
      lhs: '\\ell(q)',
      pieces: [{ tex: '\\sum_{j=1}^{C} t_j \\log\\frac{t_j}{q_j}', when: '' }],
    },
    grad: {
      lhs: '\\frac{d \\ell}{d q_1}',
      pieces: [{ tex: '-\\frac{t_1}{q_1} + \\frac{t_2}{1 - q_1}', when: '' }],
    },
  },
  calls: {
    pytorch: {
      code: "torch.nn.KLDivLoss(reduction='batchmean')(q.log(), t)",
      note:
        "The input is log-probabilities log q, and the argument order is (input=log q, target=t). The default " +
        "reduction='mean' divides by n·C instead of n.",
    },
    keras: {
      code: 'keras.losses.KLDivergence()',
      note: 'Called as (y_true=t, y_pred=q); both are clipped to [1e-7, 1] first, so tiny q and t = 0 differ slightly.',
    },
  },
  sample: (rng, n) => ({
    target: Array.from({ length: n }, () => softmax(normals(rng, 4, 1.5))),
    pred: Array.from({ length: n }, () => softmax(normals(rng, 4))),
  }),
};
