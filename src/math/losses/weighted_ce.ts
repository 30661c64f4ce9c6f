import { softplus, sigmoid, sum } from '../numerics';
import { classIds, classMatrix, logSoftmaxTight } from '../numerics-multiclass';
import { normals, uniform } from '../random';
import { LossInputError, num, vec } from '../tensor';
import type { Inputs, LossSpec, Params } from '../types';

const eps = (p: Params) => num(p, 'label_smoothing');

function read(inputs: Inputs) {
  const z = classMatrix(inputs, 'logits');
  const C = z[0]!.length;
  const y = classIds(inputs, 'target', z.length, C);
  const w = vec(inputs, 'weight');
  if (w.length !== C) throw new LossInputError(`input "weight" has ${w.length} entries, expected one per class (${C})`);
  if (w.some((v) => !(v > 0) || !Number.isFinite(v))) throw new LossInputError('input "weight" must hold positive finite numbers');
  // W: the sum of the weights of the samples' own classes, PyTorch's divisor for the weighted mean.
  const W = sum(y.map((k) => w[k]!));
  return { z, y, w, C, W, lp: z.map(logSoftmaxTight) };
}

/** Class weights of the profile: the true class (0) counts double. */
const HELD_W = [2, 1, 1];
const LN2 = Math.LN2;

export const weightedCe: LossSpec = {
  id: 'weighted_ce',
  title: 'Class-weighted cross-entropy',
  family: 'multiclass',
  purpose: 'Cross-entropy where each class has a weight, to counter class imbalance',
  description:
    'Softmax cross-entropy in which every sample counts with the weight of its true class, and the batch value ' +
    'is a weighted mean: divided by the sum of those weights, not by the number of samples. Rare classes given ' +
    'large weights pull the decision boundary their way. With label smoothing, the smoothing term weights every ' +
    'class by its own weight and is divided by the same sum.',
  useWhen:
    'Classes are imbalanced and you would rather reweight the loss than resample the data, e.g. weights ' +
    'proportional to inverse class frequency.',
  watchOut:
    'Because of the weighted mean, a batch of one sample ignores its weight (without smoothing), and the loss scale changes ' +
    'with the mix of classes in each batch. Extreme weights make training noisy.',
  source: { label: 'torch.nn.CrossEntropyLoss (weight)', url: 'https://pytorch.org/docs/stable/generated/torch.nn.CrossEntropyLoss.html' },
  reduction: 'weighted mean over samples (divided by the sum of the target classes’ weights)',
  inputs: [
    { name: 'logits', shape: '[n][C]', meaning: 'unnormalised class scores z', differentiable: true },
    { name: 'target', shape: '[n]', meaning: 'true class ids y ∈ {0, …, C−1}', differentiable: false },
    { name: 'weight', shape: '[C]', meaning: 'a positive weight w_c per class', differentiable: false },
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
    const { y, w, C, W, lp } = read(inputs);
    let main = 0;
    let smooth = 0;
    lp.forEach((row, i) => {
      main += w[y[i]!]! * -row[y[i]!]!;
      if (e !== 0) row.forEach((l, c) => (smooth += w[c]! * -l));
    });
    return ((1 - e) * main + (e / C) * smooth) / W;
  },
  grad(inputs, params) {
    const e = eps(params);
    const { y, w, C, W, lp } = read(inputs);
    const S = sum(w);
    // ∂/∂z_ij = [((1 − ε)w_y + (ε/C)S)·p_j − (ε/C)w_j − (1 − ε)w_y·[j = y]] / W; the true class via expm1(log p_y).
    const logits = lp.map((row, i) => {
      const wy = w[y[i]!]!;
      return row.map((l, j) => {
        const smoothPart = (e / C) * (S * Math.exp(l) - w[j]!);
        const main = j === y[i] ? (1 - e) * wy * Math.expm1(l) : (1 - e) * wy * Math.exp(l);
        return (main + smoothPart) / W;
      });
    });
    return { logits };
  },
  profiles: [
    {
      axis: 'logit',
      label: 'true-class logit z_y',
      xTex: 'z_y',
      xText: 'z_y',
      domain: [-6, 6],
      held: `C = 3, the two other logits at 0, one sample; weights (${HELD_W.join(', ')}) with the true class first`,
      // −log p_y = L = softplus(ln 2 − z) and −log p_j = L + z for the others; one sample divides by w_y = 2.
      value: (x, p) => (1 - eps(p)) * softplus(LN2 - x) + (eps(p) / 3) * (2 * softplus(LN2 - x) + x),
      derivative: (x, p) => -(1 - eps(p)) * sigmoid(LN2 - x) + (eps(p) / 3) * (1 - 2 * sigmoid(LN2 - x)),
      batch: (x) => ({
        inputs: { logits: [[x, 0, 0]], target: [0], weight: HELD_W },
        dx: (g) => (g.logits as number[][])[0]![0]!,
      }),
    },
  ],
  tex: {
    value: {
      lhs: '\\mathcal{L}',
      pieces: [
        {
          tex:
            '\\begin{aligned}&\\frac{1}{W}\\sum_i \\Bigl[(1 - {{label_smoothing}})\\,w_{y_i}(-\\log p_{i,y_i}) \\\\ ' +
            '&\\qquad + \\frac{{{label_smoothing}}}{C}\\sum_{c} w_c(-\\log p_{i,c})\\Bigr], \\\\ &W = \\textstyle\\sum_i w_{y_i}\\end{aligned}',
          when: '',
        },
      ],
    },
    grad: {
      lhs: '\\frac{\\partial \\mathcal{L}}{\\partial z_{i,j}}',
      pieces: [
        {
          tex:
            '\\begin{aligned}&\\frac{1}{W}\\Bigl[(1 - {{label_smoothing}})\\,w_{y_i}(p_{i,j} - [j = y_i]) \\\\ ' +
            '&\\qquad + \\frac{{{label_smoothing}}}{C}\\sum_c w_c\\,(p_{i,j} - [j = c])\\Bigr]\\end{aligned}',
          when: '',
        },
      ],
    },
  },
  calls: {
    pytorch: { code: 'torch.nn.CrossEntropyLoss(weight=weight, label_smoothing={{label_smoothing}})' },
    tfjs: {
      code: 'tf.losses.softmaxCrossEntropy(onehotLabels, logits, weight.gather(labels), {{label_smoothing}}, tf.Reduction.MEAN)',
      note:
        'Per-sample weights w_y with the MEAN reduction give the same weighted mean without smoothing. With smoothing, ' +
        'tfjs weights the smoothing term by the sample’s own class weight, PyTorch by each class’s weight.',
    },
  },
  sample: (rng, n) => ({
    logits: Array.from({ length: n }, () => normals(rng, 4, 2)),
    target: Array.from({ length: n }, () => Math.floor(rng() * 4)),
    weight: Array.from({ length: 4 }, () => uniform(rng, 0.2, 3)),
  }),
};
