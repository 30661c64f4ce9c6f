import { mean, sigmoid, softplus } from '../numerics';
import { normals } from '../random';
import { sameLength, vec } from '../tensor';
import type { LossSpec, Profile, ProfileBatch } from '../types';

/**
 * BCE of one logit z against a target t ∈ [0, 1]: −[t log σ(z) + (1−t) log(1−σ(z))]
 * = t·softplus(−z) + (1−t)·softplus(z). Both softplus terms are stable, so z = ±500 is exact,
 * and t = 1 gives exactly softplus(−z) = log(1 + e^{−z}), the logistic loss of the margin z.
 */
export function bceLogitsAt(z: number, t: number): number {
  return t * softplus(-z) + (1 - t) * softplus(z);
}

/**
 * d bceLogitsAt / dz = σ(z) − t, written as (1−t)·σ(z) − t·σ(−z) so that a 0/1 target never
 * subtracts two numbers near 1: at z = 500, t = 1 it returns −e^{−500}, not 0.
 */
export function bceLogitsDerivAt(z: number, t: number): number {
  return (1 - t) * sigmoid(z) - t * sigmoid(-z);
}

/** A one-sample batch with logit x and target 1; d/dx is that sample's logit gradient. */
const atTargetOne = (x: number): ProfileBatch => ({
  inputs: { logit: [x], target: [1] },
  dx: (g) => (g.logit as number[])[0]!,
});

const logitProfile: Profile = {
  axis: 'logit',
  label: 'logit z',
  xTex: 'z',
  xText: 'z',
  domain: [-6, 6],
  held: 'target y = 1',
  value: (z) => bceLogitsAt(z, 1),
  derivative: (z) => bceLogitsDerivAt(z, 1),
  batch: atTargetOne,
};

/** The same curve read as the logistic loss log(1 + e^{−m}) of the margin m = y·z, y ∈ {−1, +1}. */
const marginProfile: Profile = {
  axis: 'margin',
  label: 'margin m = y·z (labels ±1)',
  xTex: 'y\\,z',
  xText: 'y·z',
  domain: [-3, 3],
  held: 'label y = +1 (target 1), so the margin is the logit',
  value: (m) => bceLogitsAt(m, 1),
  derivative: (m) => bceLogitsDerivAt(m, 1),
  batch: atTargetOne,
};

export const bceLogits: LossSpec = {
  id: 'bce_logits',
  title: 'Binary cross-entropy (logits)',
  family: 'binary',
  purpose: 'Binary classification from raw logits: stable BCE, the logistic loss of the margin',
  useWhen:
    'Binary or multi-label classification from raw scores; the standard, numerically stable choice.',
  watchOut:
    'Class imbalance: with few positives the loss is dominated by easy negatives; use pos_weight or focal loss.',
  source: { label: 'torch.nn.BCEWithLogitsLoss', url: 'https://pytorch.org/docs/stable/generated/torch.nn.BCEWithLogitsLoss.html' },
  description:
    'Binary cross-entropy computed straight from the logit z instead of from σ(z). Folding the sigmoid into the ' +
    'loss makes it exact for any z and leaves the simple gradient σ(z) − y; read against the margin y·z it is the ' +
    'logistic loss, a smooth cousin of the hinge that never becomes exactly zero.',
  reduction: 'mean over samples',
  inputs: [
    { name: 'logit', shape: '[n]', meaning: 'logits z (pre-sigmoid scores)', differentiable: true },
    { name: 'target', shape: '[n]', meaning: 'targets y in [0, 1] (0/1 labels or soft labels)', differentiable: false },
  ],
  params: [],
  value(inputs) {
    const z = vec(inputs, 'logit');
    const t = vec(inputs, 'target');
    sameLength(z, t);
    return mean(z.map((zi, i) => bceLogitsAt(zi, t[i]!)));
  },
  grad(inputs) {
    const z = vec(inputs, 'logit');
    const t = vec(inputs, 'target');
    const n = sameLength(z, t);
    return { logit: z.map((zi, i) => bceLogitsDerivAt(zi, t[i]!) / n) };
  },
  profiles: [logitProfile, marginProfile],
  tex: {
    value: {
      lhs: '\\ell(z)',
      pieces: [
        { tex: '-\\bigl[\\,y\\log\\sigma(z) + (1-y)\\log\\bigl(1-\\sigma(z)\\bigr)\\bigr] = \\log(1+e^{z}) - y\\,z', when: '' },
      ],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial z}',
      pieces: [{ tex: '\\sigma(z) - y', when: '' }],
    },
  },
  calls: {
    pytorch: { code: 'torch.nn.BCEWithLogitsLoss()' },
    keras: { code: 'keras.losses.BinaryCrossentropy(from_logits=True)' },
    tfjs: { code: 'tf.losses.sigmoidCrossEntropy(labels, logits)' },
  },
  sample: (rng, n) => ({
    logit: normals(rng, n, 3),
    target: Array.from({ length: n }, () => (rng() < 0.7 ? (rng() < 0.5 ? 0 : 1) : rng())),
  }),
};
