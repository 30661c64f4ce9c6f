import { gradOverRows, meanOverRows } from '../numerics-multiclass';
import { normals } from '../random';
import { LossInputError, num } from '../tensor';
import type { LossSpec, Params } from '../types';

/**
 * Multiclass SVM loss (CS231n) for one sample: Σ_{j≠y} max(0, s_j − s_y + Δ)^p.
 * s: class scores [C]; y: true class id; margin Δ ≥ 0: how far the true score must lead every other;
 * p ∈ {1, 2}: 1 for the plain hinge, 2 for the squared hinge.
 */
export function multiclassHingeAt(s: readonly number[], y: number, margin: number, p: number): number {
  let total = 0;
  for (let j = 0; j < s.length; j++) {
    if (j === y) continue;
    const m = s[j]! - s[y]! + margin;
    if (m > 0) total += p === 1 ? m : m * m;
  }
  return total;
}

/**
 * ∂/∂s of multiclassHingeAt: each competitor with s_j − s_y + Δ > 0 gets p·(s_j − s_y + Δ)^{p−1} and the true
 * class loses the same amount. At the kink (exactly 0) the subgradient 0 is taken, as in PyTorch's MultiMarginLoss.
 */
export function multiclassHingeGradAt(s: readonly number[], y: number, margin: number, p: number): number[] {
  const g = s.map(() => 0);
  for (let j = 0; j < s.length; j++) {
    if (j === y) continue;
    const m = s[j]! - s[y]! + margin;
    if (m > 0) {
      const gj = p === 1 ? 1 : 2 * m;
      g[j] = gj;
      g[y]! -= gj;
    }
  }
  return g;
}

const margin = (ps: Params) => num(ps, 'margin');
function power(ps: Params): number {
  const p = num(ps, 'p');
  if (p !== 1 && p !== 2) throw new LossInputError('parameter "p" must be 1 or 2');
  return p;
}

export const multiclassHinge: LossSpec = {
  id: 'multiclass_hinge',
  title: 'Multiclass hinge (SVM)',
  family: 'multiclass',
  purpose: 'Multiclass SVM: the true class must beat every other class by a margin Δ',
  useWhen:
    'Multiclass max-margin training: each wrong class must trail the correct one by a margin, and no more is asked.',
  watchOut:
    'Once every margin is met the gradient is exactly zero, so it gives no signal to improve confident predictions, and its scores are not probabilities.',
  source: { label: 'torch.nn.MultiMarginLoss', url: 'https://pytorch.org/docs/stable/generated/torch.nn.MultiMarginLoss.html' },
  description:
    'Asks the true class to outscore every other class by at least the margin Δ and charges each class that ' +
    'comes closer than that, linearly (p = 1) or quadratically (p = 2). Once every competitor is Δ behind, the ' +
    'loss and its gradient are exactly zero, so confidently right samples stop contributing.',
  reduction: 'sum over competing classes, mean over samples',
  inputs: [
    { name: 'scores', shape: '[n][C]', meaning: 'class scores s', differentiable: true },
    { name: 'target', shape: '[n]', meaning: 'true class ids y ∈ {0, …, C−1}', differentiable: false },
  ],
  params: [
    {
      name: 'margin',
      symbol: '\\Delta',
      default: 1,
      range: [0, 3],
      step: 0.05,
      meaning: 'lead the true score must keep over every other score',
    },
    { name: 'p', symbol: 'p', default: 1, range: [1, 2], step: 1, integer: true, meaning: 'power: 1 hinge, 2 squared hinge' },
  ],
  value(inputs, params) {
    const d = margin(params);
    const p = power(params);
    return meanOverRows(inputs, 'scores', (row, y) => multiclassHingeAt(row, y, d, p));
  },
  grad(inputs, params) {
    const d = margin(params);
    const p = power(params);
    return gradOverRows(inputs, 'scores', (row, y) => multiclassHingeGradAt(row, y, d, p));
  },
  profiles: [
    {
      axis: 'margin',
      label: 'score lead s_y − s_j over one competitor',
      xTex: 's_y - s_j',
      xText: 's_y − s_j',
      domain: [-2, 4],
      held: 'C = 3 classes; competitor score s_j = 0; the third class 10 below the margin, so it never counts',
      value: (x, ps) => (x < margin(ps) ? (margin(ps) - x) ** power(ps) : 0),
      derivative: (x, ps) => (x < margin(ps) ? -power(ps) * (margin(ps) - x) ** (power(ps) - 1) : 0),
      piece: (x, ps) => (x < margin(ps) ? 0 : 1),
      batch: (x, ps) => ({
        inputs: { scores: [[x, 0, Math.min(x, 0) - margin(ps) - 10]], target: [0] },
        dx: (g) => (g.scores as number[][])[0]![0]!,
      }),
    },
  ],
  tex: {
    value: {
      lhs: '\\ell_j = \\max(0,\\, s_j - s_y + {{margin}})^{{{p}}}',
      pieces: [
        { tex: '({{margin}} - (s_y - s_j))^{{{p}}}', when: 's_y - s_j < {{margin}}' },
        { tex: '0', when: 's_y - s_j \\ge {{margin}}' },
      ],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell_j}{\\partial (s_y - s_j)}',
      pieces: [
        { tex: '-{{p}}\\,({{margin}} - (s_y - s_j))^{{{p}} - 1}', when: 's_y - s_j < {{margin}}' },
        { tex: '0', when: 's_y - s_j \\ge {{margin}}' },
      ],
    },
  },
  calls: {
    pytorch: {
      code: 'torch.nn.MultiMarginLoss(p={{p}}, margin={{margin}})',
      note: 'PyTorch divides each sample’s sum by the number of classes C; this definition does not (multiply by C).',
    },
    keras: {
      code: 'keras.losses.CategoricalHinge()',
      note:
        'A different definition: one-hot targets, max(0, 1 + max_{j≠y} s_j − s_y) — only the strongest wrong class ' +
        'counts, with the margin fixed at 1 and p = 1.',
    },
  },
  sample: (rng, n) => ({
    scores: Array.from({ length: n }, () => normals(rng, 4, 1.5)),
    target: Array.from({ length: n }, () => Math.floor(rng() * 4)),
  }),
};
