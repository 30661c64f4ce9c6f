import { sum } from '../numerics';
import { uniform } from '../random';
import { LossInputError, num, sameLength, vec } from '../tensor';
import type { Inputs, LossSpec, Params } from '../types';
import { overlapProfile } from './overlap';

const smoothOf = (p: Params) => num(p, 'smooth');

/** The pieces of the batch Dice loss: B = Σp + Σt + smooth, the mismatch D = Σ[p(1−t) + t(1−p)] and A = 2Σpt + smooth = B − D. */
interface DiceParts {
  readonly b: number;
  readonly d: number;
  readonly a: number;
}

function diceParts(p: readonly number[], t: readonly number[], smooth: number): DiceParts {
  const b = sum([...p, ...t, smooth]);
  const d = sum(p.map((pi, i) => pi * (1 - t[i]!) + t[i]! * (1 - pi)));
  const a = 2 * sum(p.map((pi, i) => pi * t[i]!)) + smooth;
  if (b === 0) throw new LossInputError('dice is 0/0 when every probability and target is 0 and smooth = 0');
  return { b, d, a };
}

/**
 * Dice loss of a whole batch: 1 − (2Σpt + smooth)/(Σp + Σt + smooth), with p ∈ [0, 1] the predicted
 * probabilities, t ∈ {0, 1} the targets and smooth ≥ 0 added to both overlap and total.
 * Computed as D/B with D = Σ[p(1−t) + t(1−p)] (the soft mismatch), so a near-perfect prediction
 * (loss ~1e-11) keeps its digits instead of losing them in 1 − (a number near 1).
 */
export function diceLoss(p: readonly number[], t: readonly number[], smooth: number): number {
  const { b, d } = diceParts(p, t, smooth);
  return d / b;
}

/**
 * ∂/∂pᵢ of diceLoss = ((1 − 2tᵢ)·B − D)/B², the same value for every pixel with the same target: A/B² on the
 * background (A, not B − D, which cancels when the overlap is tiny) and −(B + D)/B² on the foreground.
 */
export function diceGrad(p: readonly number[], t: readonly number[], smooth: number): number[] {
  const { b, d, a } = diceParts(p, t, smooth);
  return t.map((ti) => (ti === 1 ? -(b + d) : ti === 0 ? a : (1 - 2 * ti) * b - d) / (b * b));
}

function diceValue(inputs: Inputs, params: Params): number {
  const p = vec(inputs, 'prob');
  const t = vec(inputs, 'target');
  sameLength(p, t);
  return diceLoss(p, t, smoothOf(params));
}

function diceGradient(inputs: Inputs, params: Params): { prob: number[] } {
  const p = vec(inputs, 'prob');
  const t = vec(inputs, 'target');
  sameLength(p, t);
  return { prob: diceGrad(p, t, smoothOf(params)) };
}

export const dice: LossSpec = {
  id: 'dice',
  title: 'Dice',
  family: 'segmentation',
  purpose: 'Segmentation with tiny foregrounds: one minus the soft overlap of the masks',
  useWhen:
    'Segmentation with a small foreground, where pixel-wise losses are dominated by the background.',
  watchOut:
    'Its gradient is unstable when prediction and target are both nearly empty; the smoothing term matters there, and it is often combined with BCE.',
  source: { label: 'Milletari, Navab & Ahmadi 2016, V-Net', url: 'https://arxiv.org/abs/1606.04797' },
  description:
    'One minus the soft Dice overlap between a predicted mask and the true mask: twice the shared mass over the ' +
    'total mass of both. Because it is a ratio over the whole batch, a tiny object counts as much as a large ' +
    'background, which is why it is used for segmentation with heavy class imbalance; smooth keeps empty masks finite.',
  reduction: 'one ratio over all pixels of the batch (not a mean of per-sample losses)',
  inputs: [
    { name: 'prob', shape: '[n]', meaning: 'predicted foreground probabilities p, in [0, 1]', differentiable: true },
    { name: 'target', shape: '[n]', meaning: 'true mask y ∈ {0, 1}', differentiable: false },
  ],
  params: [
    {
      name: 'smooth',
      symbol: 's',
      default: 1,
      range: [0, 100],
      step: 0.1,
      meaning: 'added to overlap and total: softens the ratio and keeps an empty mask from giving 0/0',
    },
  ],
  value: diceValue,
  grad: diceGradient,
  profiles: [
    {
      axis: 'probability',
      label: 'probability p of a single foreground pixel',
      xTex: 'p',
      xText: 'p',
      domain: [0, 1],
      held: 'a one-pixel batch with target y = 1',
      value: (x, p) => diceLoss([x], [1], smoothOf(p)),
      derivative: (x, p) => diceGrad([x], [1], smoothOf(p))[0]!,
      batch: (x) => ({ inputs: { prob: [x], target: [1] }, dx: (g) => (g.prob as number[])[0]! }),
    },
    overlapProfile(diceValue, diceGradient),
  ],
  tex: {
    value: {
      lhs: '\\ell(p)',
      pieces: [{ tex: '1 - \\frac{2p + {{smooth}}}{p + 1 + {{smooth}}}', when: '' }],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial p}',
      pieces: [{ tex: '-\\frac{2 + {{smooth}}}{\\bigl(p + 1 + {{smooth}}\\bigr)^2}', when: '' }],
    },
  },
  calls: {
    keras: {
      code: 'keras.losses.Dice()',
      note: 'No smoothing term (like smooth = 0, with a tiny ε in the denominator only); with axis=None it is one ratio over the whole batch.',
    },
  },
  sample: (rng, n) => ({
    prob: Array.from({ length: n }, () => uniform(rng, 0.01, 0.99)),
    target: Array.from({ length: n }, () => (rng() < 0.5 ? 0 : 1)),
  }),
};
