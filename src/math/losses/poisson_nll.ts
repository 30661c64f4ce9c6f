import { mean } from '../numerics';
import { uniform } from '../random';
import { flag, LossInputError, sameLength, vec } from '../tensor';
import type { Inputs, LossSpec, Params } from '../types';

/** PyTorch's eps inside log(λ + eps) when the input is the rate itself. */
const EPS = 1e-8;

/** PyTorch's Stirling term t·log t − t + ½·log(2πt) for log t!, added only for counts t > 1. */
function stirling(t: number): number {
  return t > 1 ? t * Math.log(t) - t + 0.5 * Math.log(2 * Math.PI * t) : 0;
}

/**
 * Poisson negative log-likelihood of one count t ≥ 0 (less log t!), for input p: with logInput p = log λ and
 * the loss is e^p − t·p; otherwise p = λ ≥ 0 and the loss is λ − t·log(λ + 1e-8). `full` adds Stirling's
 * approximation of log t! for t > 1.
 */
export function poissonNllAt(p: number, t: number, logInput: boolean, full: boolean): number {
  const core = logInput ? Math.exp(p) - t * p : p - t * Math.log(p + EPS);
  return full ? core + stirling(t) : core;
}

/** d poissonNllAt / dp: e^p − t, or 1 − t/(λ + 1e-8). The Stirling term has no gradient. */
export function poissonNllDerivAt(p: number, t: number, logInput: boolean): number {
  return logInput ? Math.exp(p) - t : 1 - t / (p + EPS);
}

function read(inputs: Inputs, params: Params) {
  const p = vec(inputs, 'pred');
  const t = vec(inputs, 'target');
  const n = sameLength(p, t);
  if (t.some((v) => !(v >= 0))) throw new LossInputError('input "target" must hold counts ≥ 0');
  const logInput = flag(params, 'log_input');
  if (!logInput && p.some((v) => !(v >= 0))) throw new LossInputError('input "pred" must hold rates ≥ 0 when log_input is false');
  return { p, t, n, logInput, full: flag(params, 'full') };
}

/** The count held in the profile. */
const HELD_T = 3;
const asInput = (lambda: number, logInput: boolean) => (logInput ? Math.log(lambda) : lambda);

export const poissonNll: LossSpec = {
  id: 'poisson_nll',
  title: 'Poisson negative log-likelihood',
  family: 'regression',
  purpose: 'Regression of counts: the negative log-likelihood of a Poisson rate',
  description:
    'Treats each target as a count drawn from a Poisson distribution with the predicted rate λ and charges the ' +
    'negative log-likelihood, λ − t·log λ. The constant log t! is left out unless full adds Stirling’s estimate of ' +
    'it, S(t) = t·log t − t + ½·log(2πt), for counts above 1. With ' +
    'log_input the model predicts log λ, which keeps the rate positive and the loss convex in the input.',
  useWhen: 'Targets are non-negative counts (events, clicks, photons) whose spread grows with their mean.',
  watchOut:
    'Check what the model outputs: log_input = true wants log λ, false wants λ itself (kept positive by you). ' +
    'With log λ, an overshoot costs exponentially, so large outputs can blow up early in training.',
  source: { label: 'torch.nn.PoissonNLLLoss', url: 'https://pytorch.org/docs/stable/generated/torch.nn.PoissonNLLLoss.html' },
  reduction: 'mean over samples',
  inputs: [
    { name: 'pred', shape: '[n]', meaning: 'predicted log-rate log λ (log_input) or rate λ ≥ 0', differentiable: true },
    { name: 'target', shape: '[n]', meaning: 'observed counts t ≥ 0', differentiable: false },
  ],
  params: [],
  options: [
    { name: 'log_input', choices: ['false', 'true'], default: 'true', meaning: 'the input is log λ (true) or λ itself (false)' },
    { name: 'full', choices: ['false', 'true'], default: 'false', meaning: 'add Stirling’s approximation of log t! for counts above 1' },
  ],
  value(inputs, params) {
    const { p, t, logInput, full } = read(inputs, params);
    return mean(p.map((pi, i) => poissonNllAt(pi, t[i]!, logInput, full)));
  },
  grad(inputs, params) {
    const { p, t, n, logInput } = read(inputs, params);
    return { pred: p.map((pi, i) => poissonNllDerivAt(pi, t[i]!, logInput) / n) };
  },
  profiles: [
    {
      axis: 'rate',
      label: 'predicted rate λ',
      xTex: '\\lambda',
      xText: 'λ',
      domain: [0, 10],
      defined: [0, Infinity],
      held: `observed count t = ${HELD_T}; with log_input the model's input is log λ`,
      value: (x, ps) => poissonNllAt(asInput(x, flag(ps, 'log_input')), HELD_T, flag(ps, 'log_input'), flag(ps, 'full')),
      // Per unit of λ: through log λ the input's derivative is divided by λ.
      derivative: (x, ps) => {
        const li = flag(ps, 'log_input');
        return poissonNllDerivAt(asInput(x, li), HELD_T, li) / (li ? x : 1);
      },
      piece: (_x, ps) => (flag(ps, 'log_input') ? 0 : 1),
      batch: (x, ps) => {
        const li = flag(ps, 'log_input');
        return { inputs: { pred: [asInput(x, li)], target: [HELD_T] }, dx: (g) => (g.pred as number[])[0]! / (li ? x : 1) };
      },
    },
  ],
  tex: {
    value: {
      lhs: '\\ell(\\lambda)',
      pieces: [
        { tex: '\\lambda - t\\log\\lambda \\;[+\\,S(t)]', when: 'p = \\log\\lambda' },
        { tex: '\\lambda - t\\log(\\lambda + 10^{-8}) \\;[+\\,S(t)]', when: 'p = \\lambda' },
      ],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial \\lambda}',
      pieces: [
        { tex: '1 - \\frac{t}{\\lambda}\\quad(\\partial \\ell/\\partial p = e^{p} - t)', when: 'p = \\log\\lambda' },
        { tex: '1 - \\frac{t}{\\lambda + 10^{-8}}', when: 'p = \\lambda' },
      ],
    },
  },
  calls: {
    pytorch: {
      code: 'torch.nn.PoissonNLLLoss(log_input={{log_input:py}}, full={{full:py}})',
      note: 'eps = 1e-8 guards log(λ) only when log_input is False.',
    },
    keras: {
      code: 'keras.losses.Poisson()',
      note: 'Takes the rate λ (log_input false), computes λ − t·log(λ + 1e-7) with its own epsilon and never adds the Stirling term.',
    },
  },
  sample: (rng, n) => ({
    // Positive, so the same batch is valid whether it is read as log λ or as λ.
    pred: Array.from({ length: n }, () => uniform(rng, 0.1, 3)),
    target: Array.from({ length: n }, () => Math.floor(uniform(rng, 0, 6))),
  }),
};
