import { mean } from '../numerics';
import { normal, uniform } from '../random';
import { flag, LossInputError, sameLength, vec } from '../tensor';
import type { Inputs, LossSpec, Params } from '../types';

/** PyTorch clamps the variance at this value outside autograd, so var still gets a gradient, taken at the clamped value. */
const VAR_EPS = 1e-6;
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/** Gaussian negative log-likelihood of one target t under N(μ = p, v): ½(log v + (p − t)²/v), + ½log 2π if full. */
export function gaussianNllAt(p: number, t: number, v: number, full: boolean): number {
  const r = p - t;
  return 0.5 * (Math.log(v) + (r * r) / v) + (full ? HALF_LOG_2PI : 0);
}

function read(inputs: Inputs, params: Params) {
  const p = vec(inputs, 'pred');
  const t = vec(inputs, 'target');
  const v = vec(inputs, 'var');
  const n = sameLength(p, t, v);
  if (v.some((x) => !(x >= 0))) throw new LossInputError('input "var" must hold variances ≥ 0');
  return { p, t, v: v.map((x) => Math.max(x, VAR_EPS)), n, full: flag(params, 'full') };
}

export const gaussianNll: LossSpec = {
  id: 'gaussian_nll',
  title: 'Gaussian negative log-likelihood',
  family: 'regression',
  purpose: 'Regression that predicts its own uncertainty: a mean and a variance per sample',
  description:
    'The model predicts a mean and a variance for each target, and pays the negative log-likelihood of the ' +
    'target under that normal distribution. A large variance makes a miss cheap but costs ½·log variance, so ' +
    'the variance learns to track the size of the errors. With the variance fixed at 1 it is half the squared error.',
  useWhen:
    'The noise in the targets varies from sample to sample (heteroscedastic regression) and you want calibrated ' +
    'error bars as well as a prediction.',
  watchOut:
    'Early in training the variance can absorb the error instead of the mean improving; warm up the mean with MSE ' +
    'or keep the variance positive with a softplus and a floor. PyTorch clamps it at 1e-6.',
  source: { label: 'torch.nn.GaussianNLLLoss', url: 'https://pytorch.org/docs/stable/generated/torch.nn.GaussianNLLLoss.html' },
  reduction: 'mean over samples',
  inputs: [
    { name: 'pred', shape: '[n]', meaning: 'predicted means μ', differentiable: true },
    { name: 'target', shape: '[n]', meaning: 'observed targets t', differentiable: false },
    { name: 'var', shape: '[n]', meaning: 'predicted variances σ² > 0 (clamped at 1e-6)', differentiable: true },
  ],
  params: [],
  options: [{ name: 'full', choices: ['false', 'true'], default: 'false', meaning: 'add the constant ½·log 2π' }],
  value(inputs, params) {
    const { p, t, v, full } = read(inputs, params);
    return mean(p.map((pi, i) => gaussianNllAt(pi, t[i]!, v[i]!, full)));
  },
  grad(inputs, params) {
    const { p, t, v, n } = read(inputs, params);
    const r = p.map((pi, i) => pi - t[i]!);
    return {
      pred: r.map((ri, i) => ri / v[i]! / n),
      // ½(1/v − r²/v²), written as ½(v − r²)/v² so it stays exact where v is close to r².
      var: r.map((ri, i) => (0.5 * (v[i]! - ri * ri)) / (v[i]! * v[i]!) / n),
    };
  },
  profiles: [
    {
      axis: 'residual',
      label: 'residual r = μ − t',
      xTex: 'r',
      xText: 'r',
      domain: [-3, 3],
      held: 'variance σ² = 1, so the loss is ½r² (+ ½·log 2π with full): half the MSE curve',
      value: (x, ps) => gaussianNllAt(x, 0, 1, flag(ps, 'full')),
      derivative: (x) => x,
      batch: (x) => ({ inputs: { pred: [x], target: [0], var: [1] }, dx: (g) => (g.pred as number[])[0]! }),
    },
  ],
  tex: {
    value: {
      lhs: '\\ell(\\mu, \\sigma^2)',
      pieces: [{ tex: '\\tfrac{1}{2}\\left(\\log \\sigma^2 + \\frac{(\\mu - t)^2}{\\sigma^2}\\right) \\;[+\\,\\tfrac12\\log 2\\pi \\text{ if full}]', when: '' }],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial \\mu}',
      pieces: [{ tex: '\\frac{\\mu - t}{\\sigma^2},\\qquad \\frac{\\partial \\ell}{\\partial \\sigma^2} = \\frac{\\sigma^2 - (\\mu - t)^2}{2\\sigma^4}', when: '' }],
    },
  },
  calls: {
    pytorch: {
      code: 'torch.nn.GaussianNLLLoss(full={{full:py}})',
      note: 'Called as loss(mean, target, var); the variance, not the standard deviation.',
    },
  },
  sample: (rng, n) => ({
    pred: Array.from({ length: n }, () => normal(rng)),
    target: Array.from({ length: n }, () => normal(rng)),
    var: Array.from({ length: n }, () => uniform(rng, 0.1, 3)),
  }),
};
