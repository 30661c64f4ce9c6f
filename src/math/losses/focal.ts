import { logSigmoid, mean, sigmoid } from '../numerics';
import { normals } from '../random';
import { num, sameLength, vec } from '../tensor';
import type { LossSpec, Params } from '../types';
import { bceLogitsAt } from './bce_logits';

const gammaOf = (p: Params) => num(p, 'gamma');
const alphaOf = (p: Params) => num(p, 'alpha');

/** Class weight α_t = α·t + (1−α)(1−t) for a target t ∈ [0, 1]; any α < 0 switches weighting off (α_t = 1). */
export function focalAlphaT(t: number, alpha: number): number {
  return alpha < 0 ? 1 : alpha * t + (1 - alpha) * (1 - t);
}

/**
 * Sigmoid focal loss of one logit z (torchvision): α_t·(1 − p_t)^γ·BCE(z, t), where p = σ(z),
 * p_t = p·t + (1−p)(1−t) is the probability given to the target and BCE(z, t) = −log p_t for 0/1 targets.
 * γ ≥ 0 is the focusing exponent (γ = 0 is plain BCE); alpha as in focalAlphaT.
 * 1 − p_t is evaluated as (1−t)σ(z) + tσ(−z), which never cancels, so z = ±500 is exact.
 */
export function focalAt(z: number, t: number, gamma: number, alpha: number): number {
  const q = (1 - t) * sigmoid(z) + t * sigmoid(-z);
  return focalAlphaT(t, alpha) * bceLogitsAt(z, t) * q ** gamma;
}

/**
 * d focalAt / dz. For a 0/1 target, with the signed logit s = ±z (p_t = σ(s), 1 − p_t = σ(−s)):
 *   dℓ/dz = (2t − 1)·α_t·(1 − p_t)^γ·[γ·p_t·log p_t − (1 − p_t)],
 * a form with no (1 − p_t)^{γ−1}, so it stays finite as p_t → 1 for every γ ≥ 0 (including γ < 1).
 * Soft targets use the product rule: α_t[(σ(z) − t)(1−p_t)^γ + γ·BCE·(1−p_t)^{γ−1}·σ(z)σ(−z)(1 − 2t)].
 */
export function focalDerivAt(z: number, t: number, gamma: number, alpha: number): number {
  const a = focalAlphaT(t, alpha);
  if (t === 0 || t === 1) {
    const s = t === 1 ? z : -z;
    const q = sigmoid(-s);
    const inner = (gamma === 0 ? 0 : gamma * sigmoid(s) * logSigmoid(s)) - q;
    return (2 * t - 1) * a * q ** gamma * inner;
  }
  const pz = sigmoid(z);
  const pm = sigmoid(-z);
  const q = (1 - t) * pz + t * pm;
  const fromCe = ((1 - t) * pz - t * pm) * q ** gamma;
  const fromFactor = gamma === 0 ? 0 : gamma * bceLogitsAt(z, t) * q ** (gamma - 1) * pz * pm * (1 - 2 * t);
  return a * (fromCe + fromFactor);
}

/** Focal loss against the probability p = p_t of the true class (target 1): −α_t(1−p)^γ log p. */
export function focalOfPt(p: number, gamma: number, alpha: number): number {
  return -focalAlphaT(1, alpha) * (1 - p) ** gamma * Math.log(p);
}

/** d focalOfPt / dp = α_t[γ(1−p)^{γ−1} log p − (1−p)^γ / p], for p ∈ (0, 1). */
export function focalOfPtDeriv(p: number, gamma: number, alpha: number): number {
  const fromFactor = gamma === 0 ? 0 : gamma * (1 - p) ** (gamma - 1) * Math.log(p);
  return focalAlphaT(1, alpha) * (fromFactor - (1 - p) ** gamma / p);
}

const modulating = (q: number, p: Params) => q ** gammaOf(p);

export const focal: LossSpec = {
  id: 'focal',
  title: 'Focal (sigmoid)',
  family: 'binary',
  purpose: 'Binary classification swamped by easy examples: mutes the ones already right',
  useWhen:
    'Dense detection or any task with extreme class imbalance, where easy negatives swamp the loss.',
  watchOut:
    'γ and α interact: the paper\'s α = 0.25 down-weights positives because γ already helps them. Tune them together, and expect probabilities that are less calibrated.',
  source: { label: 'Lin et al. 2017, Focal Loss for Dense Object Detection', url: 'https://arxiv.org/abs/1708.02002' },
  description:
    'Binary cross-entropy on logits multiplied by (1 − p_t)^γ, where p_t is the probability the model gives the ' +
    'true class. Examples it already gets right are scaled almost to nothing, so a flood of easy negatives (as in ' +
    'dense object detection) cannot drown out the few hard ones; α additionally reweights positives against negatives.',
  reduction: 'mean over samples',
  inputs: [
    { name: 'logit', shape: '[n]', meaning: 'logits z (pre-sigmoid scores)', differentiable: true },
    { name: 'target', shape: '[n]', meaning: 'labels y ∈ {0, 1}', differentiable: false },
  ],
  params: [
    {
      name: 'gamma',
      symbol: '\\gamma',
      default: 2,
      range: [0, 5],
      step: 0.1,
      meaning: 'focusing strength: how fast well-classified examples are down-weighted (0 is plain BCE)',
    },
    {
      name: 'alpha',
      symbol: '\\alpha',
      default: 0.25,
      range: [-1, 1],
      step: 0.05,
      meaning: 'weight of positives (negatives get 1 − α); any negative value turns class weighting off',
    },
  ],
  value(inputs, params) {
    const z = vec(inputs, 'logit');
    const t = vec(inputs, 'target');
    sameLength(z, t);
    const g = gammaOf(params);
    const a = alphaOf(params);
    return mean(z.map((zi, i) => focalAt(zi, t[i]!, g, a)));
  },
  grad(inputs, params) {
    const z = vec(inputs, 'logit');
    const t = vec(inputs, 'target');
    const n = sameLength(z, t);
    const g = gammaOf(params);
    const a = alphaOf(params);
    return { logit: z.map((zi, i) => focalDerivAt(zi, t[i]!, g, a) / n) };
  },
  profiles: [
    {
      axis: 'logit',
      label: 'logit z',
      xTex: 'z',
      xText: 'z',
      domain: [-6, 6],
      held: 'target y = 1, so p_t = σ(z)',
      value: (z, p) => focalAt(z, 1, gammaOf(p), alphaOf(p)),
      derivative: (z, p) => focalDerivAt(z, 1, gammaOf(p), alphaOf(p)),
      weight: { label: 'modulating factor (1 − p_t)^γ', tex: '(1-p_t)^{{{gamma}}}', at: (z, p) => modulating(sigmoid(-z), p) },
      batch: (z) => ({ inputs: { logit: [z], target: [1] }, dx: (g) => (g.logit as number[])[0]! }),
    },
    {
      axis: 'probability',
      label: 'probability of the true class p_t',
      xTex: 'p_t',
      xText: 'p_t',
      domain: [0, 1],
      defined: [0, 1],
      held: 'target y = 1, so p_t = σ(z)',
      value: (x, p) => focalOfPt(x, gammaOf(p), alphaOf(p)),
      derivative: (x, p) => focalOfPtDeriv(x, gammaOf(p), alphaOf(p)),
      weight: { label: 'modulating factor (1 − p_t)^γ', tex: '(1-p_t)^{{{gamma}}}', at: (x, p) => modulating(1 - x, p) },
      batch: (x) => ({
        inputs: { logit: [Math.log(x) - Math.log1p(-x)], target: [1] },
        dx: (g) => (g.logit as number[])[0]! / (x * (1 - x)),
      }),
    },
  ],
  tex: {
    value: {
      lhs: '\\ell(z)',
      pieces: [{ tex: '-\\alpha_t\\,(1-p_t)^{{{gamma}}}\\log p_t', when: '' }],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial z}',
      pieces: [{ tex: '(2y-1)\\,\\alpha_t\\,(1-p_t)^{{{gamma}}}\\bigl[{{gamma}}\\,p_t\\log p_t - (1-p_t)\\bigr]', when: '' }],
    },
  },
  calls: {
    pytorch: {
      code: "torchvision.ops.sigmoid_focal_loss(logit, target, alpha={{alpha}}, gamma={{gamma}}, reduction='mean')",
      note: "torchvision's default reduction is 'none' (one loss per element); pass reduction='mean' to match.",
    },
    keras: {
      code: 'keras.losses.BinaryFocalCrossentropy(apply_class_balancing=True, alpha={{alpha}}, gamma={{gamma}}, from_logits=True)',
      note: 'α is used only with apply_class_balancing=True; for α < 0 (no class weighting) set it to False instead.',
    },
  },
  sample: (rng, n) => ({
    logit: normals(rng, n, 3),
    target: Array.from({ length: n }, () => (rng() < 0.5 ? 0 : 1)),
  }),
};
