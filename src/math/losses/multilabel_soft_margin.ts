import { normals } from '../random';
import { LossInputError, mat } from '../tensor';
import type { Inputs, LossSpec } from '../types';
import { bceLogitsAt, bceLogitsDerivAt } from './bce_logits';

function read(inputs: Inputs) {
  const z = mat(inputs, 'logits');
  const t = mat(inputs, 'target');
  if (z.length === 0 || z[0]!.length === 0) throw new LossInputError('a batch needs at least one sample and one label');
  if (t.length !== z.length || t[0]!.length !== z[0]!.length) throw new LossInputError('inputs "logits" and "target" have different shapes');
  return { z, t, n: z.length, C: z[0]!.length };
}

export const multilabelSoftMargin: LossSpec = {
  id: 'multilabel_soft_margin',
  title: 'Multilabel soft margin',
  family: 'multiclass',
  purpose: 'Multilabel classification: an independent logistic loss for every label',
  description:
    'Treats each of the C labels as its own yes/no question: a sigmoid per logit and binary cross-entropy against ' +
    'a 0/1 target, averaged over the labels of a sample and then over samples. Labels do not compete, so a sample ' +
    'can have any number of them.',
  useWhen:
    'A sample can carry several labels at once (tags, attributes, multi-disease findings) and each label is ' +
    'decided on its own.',
  watchOut:
    'Rare labels are swamped by the many easy negatives; consider per-label weights or a focal term. It is ' +
    'BCE with logits averaged over all entries, so the two are interchangeable.',
  source: {
    label: 'torch.nn.MultiLabelSoftMarginLoss',
    url: 'https://pytorch.org/docs/stable/generated/torch.nn.MultiLabelSoftMarginLoss.html',
  },
  reduction: 'mean over labels, then over samples',
  inputs: [
    { name: 'logits', shape: '[n][C]', meaning: 'one logit z per label', differentiable: true },
    { name: 'target', shape: '[n][C]', meaning: 'label present (1) or absent (0)', differentiable: false },
  ],
  params: [],
  value(inputs) {
    const { z, t, n, C } = read(inputs);
    let s = 0;
    z.forEach((row, i) => row.forEach((v, c) => (s += bceLogitsAt(v, t[i]![c]!))));
    return s / C / n;
  },
  grad(inputs) {
    const { z, t, n, C } = read(inputs);
    return { logits: z.map((row, i) => row.map((v, c) => bceLogitsDerivAt(v, t[i]![c]!) / (n * C))) };
  },
  profiles: [
    {
      axis: 'logit',
      label: 'logit z of a present label',
      xTex: 'z',
      xText: 'z',
      domain: [-6, 6],
      held: 'one label, present (target 1)',
      value: (z) => bceLogitsAt(z, 1),
      derivative: (z) => bceLogitsDerivAt(z, 1),
      batch: (z) => ({ inputs: { logits: [[z]], target: [[1]] }, dx: (g) => (g.logits as number[][])[0]![0]! }),
    },
  ],
  tex: {
    value: {
      lhs: '\\ell(z)',
      pieces: [{ tex: '-\\frac{1}{C}\\sum_{c=1}^{C}\\bigl[y_c\\log\\sigma(z_c) + (1 - y_c)\\log\\sigma(-z_c)\\bigr]', when: '' }],
    },
    grad: { lhs: '\\frac{\\partial \\ell}{\\partial z_c}', pieces: [{ tex: '\\frac{1}{C}\\bigl(\\sigma(z_c) - y_c\\bigr)', when: '' }] },
  },
  calls: {
    pytorch: { code: 'torch.nn.MultiLabelSoftMarginLoss()' },
    keras: { code: 'keras.losses.BinaryCrossentropy(from_logits=True)', note: 'Averages over the labels and then the batch, as here.' },
    tfjs: { code: 'tf.losses.sigmoidCrossEntropy(labels, logits)', note: 'Averages over every entry of the [n][C] batch, which is the same.' },
  },
  sample: (rng, n) => ({
    logits: Array.from({ length: n }, () => normals(rng, 3, 2)),
    target: Array.from({ length: n }, () => Array.from({ length: 3 }, () => (rng() < 0.4 ? 1 : 0))),
  }),
};
