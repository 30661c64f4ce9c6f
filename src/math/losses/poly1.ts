import { sigmoid, softplus } from '../numerics';
import { gradOverRows, logSoftmaxTight, meanOverRows, oneMinusFromLog } from '../numerics-multiclass';
import { normals } from '../random';
import { num } from '../tensor';
import type { LossSpec, Params } from '../types';

/**
 * Poly-1 loss (Leng et al. 2022) for logits z [C] and true class y: −log p_t + ε(1 − p_t), p_t = softmax(z)_y.
 * ε scales the first polynomial term of cross-entropy's expansion in (1 − p_t); 1 − p_t is formed as
 * −expm1(log p_t), so it stays exact both when p_t is within 1e-20 of 1 and when p_t is below 1e-20.
 */
export function poly1At(z: readonly number[], y: number, eps: number): number {
  const lt = logSoftmaxTight(z)[y]!;
  return -lt + eps * oneMinusFromLog(lt);
}

/** ∂/∂z of poly1At: (p − e_y)(1 + ε p_t) — the cross-entropy gradient reweighted by 1 + ε p_t. */
export function poly1GradAt(z: readonly number[], y: number, eps: number): number[] {
  const lp = logSoftmaxTight(z);
  const w = 1 + eps * Math.exp(lp[y]!);
  return lp.map((l, j) => (j === y ? Math.expm1(l) : Math.exp(l)) * w);
}

const eps = (p: Params) => num(p, 'epsilon');
const LN2 = Math.LN2;

export const poly1: LossSpec = {
  id: 'poly1',
  title: 'Poly-1 (PolyLoss)',
  family: 'multiclass',
  purpose: 'Cross-entropy with a tunable extra push (ε) on the true-class probability',
  useWhen:
    'A drop-in change to cross-entropy with one extra knob, worth a sweep when tuning a classifier.',
  watchOut:
    'The best ε depends on the task: positive values help some datasets and hurt others, and ε < −1 makes the loss non-monotone.',
  source: { label: 'Leng et al. 2022, PolyLoss', url: 'https://arxiv.org/abs/2204.12511' },
  description:
    'Softmax cross-entropy plus ε times (1 − p_t), the probability mass the model leaves off the true class. ' +
    'A positive ε keeps pushing samples that are already classified correctly, a negative one (down to −1) ' +
    'relaxes that push; ε = 0 is plain cross-entropy.',
  reduction: 'mean over samples',
  inputs: [
    { name: 'logits', shape: '[n][C]', meaning: 'unnormalised class scores z', differentiable: true },
    { name: 'target', shape: '[n]', meaning: 'true class ids t ∈ {0, …, C−1}', differentiable: false },
  ],
  params: [
    {
      name: 'epsilon',
      symbol: '\\epsilon',
      default: 1,
      range: [-1, 10],
      step: 0.1,
      meaning: 'weight of the extra (1 − p_t) term added to cross-entropy',
    },
  ],
  value(inputs, params) {
    const e = eps(params);
    return meanOverRows(inputs, 'logits', (row, y) => poly1At(row, y, e));
  },
  grad(inputs, params) {
    const e = eps(params);
    return gradOverRows(inputs, 'logits', (row, y) => poly1GradAt(row, y, e));
  },
  profiles: [
    {
      axis: 'logit',
      label: 'true-class logit z_t',
      xTex: 'z_t',
      xText: 'z_t',
      domain: [-6, 6],
      held: 'C = 3 classes; the two other logits fixed at 0',
      // With the others at 0: −log p_t = softplus(ln 2 − z) and 1 − p_t = σ(ln 2 − z).
      value: (x, p) => softplus(LN2 - x) + eps(p) * sigmoid(LN2 - x),
      derivative: (x, p) => -sigmoid(LN2 - x) * (1 + eps(p) * sigmoid(x - LN2)),
      weight: {
        label: 'gradient weight 1 + εp_t relative to cross-entropy',
        tex: '1 + \\epsilon\\, p_t',
        at: (x, p) => 1 + eps(p) * sigmoid(x - LN2),
      },
      batch: (x) => ({
        inputs: { logits: [[x, 0, 0]], target: [0] },
        dx: (g) => (g.logits as number[][])[0]![0]!,
      }),
    },
  ],
  tex: {
    value: {
      lhs: '\\ell(z)',
      pieces: [{ tex: '-\\log p_t + {{epsilon}}\\,(1 - p_t),\\quad p_t = \\frac{e^{z_t}}{\\sum_k e^{z_k}}', when: '' }],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial z_t}',
      pieces: [{ tex: '-(1 - p_t)\\,(1 + {{epsilon}}\\,p_t)', when: '' }],
    },
  },
  calls: {
    pytorch: {
      code:
        'F.cross_entropy(logits, y) + {{epsilon}} * (1 - F.softmax(logits, dim=1).gather(1, y[:, None])).mean()',
      note:
        'No built-in PolyLoss in PyTorch, Keras or tfjs; this one-line expression is the definition. ' +
        '1 − p_t computed this way rounds to 0 once p_t is within ~1e-16 of 1; −expm1(−CE) does not.',
    },
  },
  sample: (rng, n) => ({
    logits: Array.from({ length: n }, () => normals(rng, 4, 2)),
    target: Array.from({ length: n }, () => Math.floor(rng() * 4)),
  }),
};
