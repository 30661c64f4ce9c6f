import { mean } from '../numerics';
import { uniform } from '../random';
import { LossInputError, sameLength, vec } from '../tensor';
import type { Grads, Inputs, LossSpec, ProfileBatch } from '../types';

/**
 * u = log(1 + ŷ) − log(1 + y), the residual in log space (ŷ, y > −1). Computed as log1p of the relative gap
 * (ŷ − y)/(1 + y) when the two are close, so near-equal values keep their digits, and as a plain
 * difference of log1p otherwise, so 0 against 1e200 stays finite.
 */
export function logGap(pred: number, target: number): number {
  const d = pred - target;
  const s = 1 + target;
  return Math.abs(d) <= 0.5 * s ? Math.log1p(d / s) : Math.log1p(pred) - Math.log1p(target);
}

/** Squared log error ℓ(ŷ, y) = (log(1 + ŷ) − log(1 + y))² for a prediction ŷ and target y, both > −1. */
export function msleAt(pred: number, target: number): number {
  const u = logGap(pred, target);
  return u * u;
}

/** dℓ/dŷ = 2u/(1 + ŷ): the log-space pull, shrunk by the size of the prediction. */
export function msleDerivAt(pred: number, target: number): number {
  return (2 * logGap(pred, target)) / (1 + pred);
}

/** Target held fixed in the profiles; predictions from 0 upward are then residuals r ≥ −Y. */
const Y = 3;

function pairs(inputs: Inputs) {
  const p = vec(inputs, 'pred');
  const t = vec(inputs, 'target');
  const n = sameLength(p, t);
  const bad = [...p, ...t].find((x) => !(x > -1));
  if (bad !== undefined) throw new LossInputError(`msle needs pred and target > −1, got ${bad}`);
  return { p, t, n };
}

const onePair = (pred: number, dx: ProfileBatch['dx']): ProfileBatch => ({ inputs: { pred: [pred], target: [Y] }, dx });
const dPred = (g: Grads) => (g.pred as number[])[0]!;

export const msle: LossSpec = {
  id: 'msle',
  title: 'Mean squared logarithmic error',
  family: 'regression',
  purpose: 'Regression on positive targets spanning orders of magnitude: scores ratios',
  useWhen:
    'Targets are positive and span orders of magnitude (counts, prices, durations), and a 10 % miss should cost the same at 10 as at 10 000.',
  watchOut:
    'It is lopsided: under-predicting costs more than over-predicting by the same amount, and it is undefined for values at or below −1.',
  source: { label: 'keras.losses.MeanSquaredLogarithmicError', url: 'https://keras.io/api/losses/regression_losses/#meansquaredlogarithmicerror-class' },
  description:
    'Squared error between log(1 + ŷ) and log(1 + y), so it scores ratios rather than differences: predicting ' +
    '1100 for 1000 costs about as much as 110 for 100. Under-predicting costs more than over-predicting by the same ' +
    'amount, and it suits non-negative targets that span orders of magnitude, such as counts or prices.',
  reduction: 'mean over samples',
  inputs: [
    { name: 'pred', shape: '[n]', meaning: 'predictions ŷ > −1 (normally ≥ 0)', differentiable: true },
    { name: 'target', shape: '[n]', meaning: 'targets y ≥ 0', differentiable: false },
  ],
  params: [],
  value(inputs) {
    const { p, t } = pairs(inputs);
    return mean(p.map((pi, i) => msleAt(pi, t[i]!)));
  },
  grad(inputs) {
    const { p, t, n } = pairs(inputs);
    return { pred: p.map((pi, i) => msleDerivAt(pi, t[i]!) / n) };
  },
  profiles: [
    {
      axis: 'residual',
      label: `residual r = ŷ − y, target y = ${Y}`,
      xTex: 'r',
      xText: 'r',
      domain: [-Y, 5],
      defined: [-1 - Y, Infinity],
      held: `target y = ${Y}; the curve is lopsided because the loss compares (1 + ŷ)/(1 + y), not ŷ − y`,
      value: (r) => msleAt(Y + r, Y),
      derivative: (r) => msleDerivAt(Y + r, Y),
      weight: {
        label: 'weight ψ(r)/r',
        tex: '\\psi(r)/r',
        at: (r) => (r === 0 ? 2 / ((1 + Y) * (1 + Y)) : msleDerivAt(Y + r, Y) / r),
      },
      batch: (r) => onePair(Y + r, dPred),
    },
    {
      axis: 'residual',
      label: 'log-space residual u = log(1 + ŷ) − log(1 + y)',
      xTex: 'u',
      xText: 'u',
      domain: [-2, 2],
      held: `target y = ${Y}; ŷ = (1 + y)eᵘ − 1, and in u the loss is the plain parabola u²`,
      value: (u) => u * u,
      derivative: (u) => 2 * u,
      batch: (u) => {
        const pred = (1 + Y) * Math.exp(u) - 1;
        return onePair(pred, (g) => dPred(g) * (1 + pred)); // dℓ/du = dℓ/dŷ · dŷ/du
      },
    },
  ],
  tex: {
    value: {
      lhs: '\\ell(r)',
      pieces: [{ tex: '\\bigl(\\log(1 + y + r) - \\log(1 + y)\\bigr)^2', when: '' }],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial r}',
      pieces: [{ tex: '\\frac{2\\bigl(\\log(1 + y + r) - \\log(1 + y)\\bigr)}{1 + y + r}', when: '' }],
    },
  },
  calls: {
    keras: {
      code: 'keras.losses.MeanSquaredLogarithmicError()',
      note: 'Keras raises ŷ and y to at least 1e-7 before the log, so predictions in (−1, 0) count as 0 and get no gradient.',
    },
    tfjs: {
      code: "model.compile({ optimizer: 'sgd', loss: 'meanSquaredLogarithmicError' })",
      note: 'A tfjs-layers string loss (tfjs-core has none); it clips at ε like Keras.',
    },
  },
  sample: (rng, n) => ({
    pred: Array.from({ length: n }, () => uniform(rng, 0, 8)),
    target: Array.from({ length: n }, () => uniform(rng, 0, 8)),
  }),
};
