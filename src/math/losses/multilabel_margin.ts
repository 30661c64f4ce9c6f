import { normals } from '../random';
import { LossInputError, mat } from '../tensor';
import type { Inputs, LossSpec } from '../types';

/**
 * Row i's labels: the class ids before the first −1 (PyTorch's padding). A repeated id is visited once per
 * mention, as PyTorch's kernel does, but is still a label (never a non-label) for every pair.
 */
function labelsOf(row: readonly number[], C: number): { readonly ids: readonly number[]; readonly set: ReadonlySet<number> } {
  const ids: number[] = [];
  for (const k of row) {
    if (k === -1) break;
    if (!Number.isInteger(k) || k < 0 || k >= C) throw new LossInputError(`input "target" must hold class ids 0…${C - 1} or −1; got ${k}`);
    ids.push(k);
  }
  return { ids, set: new Set(ids) };
}

function read(inputs: Inputs) {
  const x = mat(inputs, 'scores');
  const t = mat(inputs, 'target');
  if (x.length === 0 || x[0]!.length === 0) throw new LossInputError('a batch needs at least one sample and one class');
  if (t.length !== x.length || t[0]!.length !== x[0]!.length) throw new LossInputError('inputs "scores" and "target" have different shapes');
  const C = x[0]!.length;
  return { x, labels: t.map((r) => labelsOf(r, C)), n: x.length, C };
}

/** Each (label j, non-label k) pair of a row, with its hinge 1 − (x_j − x_k). */
function pairs(row: readonly number[], labels: ReturnType<typeof labelsOf>, visit: (j: number, k: number, h: number) => void): void {
  for (const j of labels.ids) for (let k = 0; k < row.length; k++) if (!labels.set.has(k)) visit(j, k, 1 - (row[j]! - row[k]!));
}

export const multilabelMargin: LossSpec = {
  id: 'multilabel_margin',
  title: 'Multilabel margin',
  family: 'multiclass',
  purpose: 'Multilabel ranking: every true label must outscore every other label by 1',
  description:
    'A hinge over pairs: for each of a sample’s labels and each class that is not one of its labels, it charges ' +
    'max(0, 1 − (x_label − x_other)), summed and divided by the number of classes. It asks for a ranking, every ' +
    'true label above every false one by a margin of 1, rather than a calibrated yes/no per label.',
  useWhen: 'You care about ranking the true labels above the rest (top-k tagging) more than about thresholds.',
  watchOut:
    'Targets are class ids padded with −1, not a 0/1 mask; everything after the first −1 is ignored. A row has ' +
    'labels × non-labels pairs, all divided by the same C, so rows that split the classes evenly weigh the most.',
  source: {
    label: 'torch.nn.MultiLabelMarginLoss',
    url: 'https://pytorch.org/docs/stable/generated/torch.nn.MultiLabelMarginLoss.html',
  },
  reduction: 'sum over pairs divided by C, mean over samples',
  inputs: [
    { name: 'scores', shape: '[n][C]', meaning: 'one score x per class', differentiable: true },
    { name: 'target', shape: '[n][C]', meaning: 'the sample’s class ids, then −1 padding', differentiable: false },
  ],
  params: [],
  value(inputs) {
    const { x, labels, n, C } = read(inputs);
    let s = 0;
    x.forEach((row, i) => pairs(row, labels[i]!, (_j, _k, h) => (s += Math.max(0, h))));
    return s / C / n;
  },
  grad(inputs) {
    const { x, labels, n, C } = read(inputs);
    const g = x.map((row, i) => {
      const out = row.map(() => 0);
      // A hinge of exactly 0 gives no gradient, as relu (and PyTorch's kernel) does.
      pairs(row, labels[i]!, (j, k, h) => {
        if (h > 0) {
          out[j]! -= 1 / (C * n);
          out[k]! += 1 / (C * n);
        }
      });
      return out;
    });
    return { scores: g };
  },
  profiles: [
    {
      axis: 'margin',
      label: 'score lead x_j − x_k of a label over a non-label',
      xTex: 'x_j - x_k',
      xText: 'x_j − x_k',
      domain: [-2, 3],
      held: 'C = 2 classes: class 0 is the one label, class 1 is not; the 1/C factor halves the hinge',
      value: (m) => Math.max(0, 1 - m) / 2,
      derivative: (m) => (1 - m > 0 ? -0.5 : 0),
      piece: (m) => (1 - m > 0 ? 0 : 1),
      batch: (m) => ({ inputs: { scores: [[m, 0]], target: [[0, -1]] }, dx: (g) => (g.scores as number[][])[0]![0]! }),
    },
  ],
  tex: {
    value: {
      lhs: '\\ell_{jk}',
      pieces: [
        { tex: '\\tfrac{1}{C}\\bigl(1 - (x_j - x_k)\\bigr)', when: 'x_j - x_k < 1' },
        { tex: '0', when: 'x_j - x_k \\ge 1' },
      ],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell_{jk}}{\\partial (x_j - x_k)}',
      pieces: [
        { tex: '-\\tfrac{1}{C}', when: 'x_j - x_k < 1' },
        { tex: '0', when: 'x_j - x_k \\ge 1' },
      ],
    },
  },
  calls: {
    pytorch: {
      code: 'torch.nn.MultiLabelMarginLoss()',
      note: 'target holds class ids (int64) padded with −1, the same shape as the scores.',
    },
  },
  sample: (rng, n) => ({
    scores: Array.from({ length: n }, () => normals(rng, 4, 1.5)),
    target: Array.from({ length: n }, () => {
      const ids = [0, 1, 2, 3].filter(() => rng() < 0.4);
      return [...ids, ...Array.from({ length: 4 - ids.length }, () => -1)];
    }),
  }),
};
