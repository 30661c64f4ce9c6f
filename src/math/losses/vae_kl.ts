import { sum } from '../numerics';
import { normals } from '../random';
import { LossInputError, mat } from '../tensor';
import type { Inputs, LossSpec } from '../types';

/**
 * KL(N(μ, e^{v}) ‖ N(0, 1)) of one latent dimension with log-variance v: ½(μ² + e^{v} − 1 − v), written
 * ½(μ² + expm1(v) − v) so that values near the prior (μ, v ~ 1e-3) keep their digits.
 */
export const klAt = (mu: number, logvar: number): number => 0.5 * (mu * mu + (Math.expm1(logvar) - logvar));

function meansAndLogvars(inputs: Inputs) {
  const mu = mat(inputs, 'mu');
  const lv = mat(inputs, 'logvar');
  if (mu.length === 0) throw new LossInputError('a batch needs at least one sample');
  if (lv.length !== mu.length || lv[0]!.length !== mu[0]!.length) throw new LossInputError('inputs "mu" and "logvar" have different shapes');
  return { mu, lv, n: mu.length };
}

export const vaeKl: LossSpec = {
  id: 'vae_kl',
  title: 'VAE KL term',
  family: 'generative',
  purpose: 'The VAE regulariser: KL divergence of each encoded Gaussian from the unit prior',
  description:
    'A variational autoencoder encodes each input as a diagonal Gaussian with means μ and log-variances log σ². This ' +
    'term is the KL divergence of that Gaussian from the standard normal prior, summed over latent dimensions: it ' +
    'pulls means to 0 and variances to 1, so that the latent space stays smooth and can be sampled.',
  useWhen:
    'You train a VAE (or a β-VAE, scaling this term) and the encoder outputs a mean and a log-variance per latent dimension.',
  watchOut:
    'If it wins against the reconstruction term, the encoder ignores the input and every code collapses onto the prior ' +
    '(posterior collapse); warm the weight up from 0 or use free bits.',
  source: { label: 'Kingma & Welling 2013, Auto-Encoding Variational Bayes', url: 'https://arxiv.org/abs/1312.6114' },
  reduction: 'sum over latent dimensions, mean over samples',
  inputs: [
    { name: 'mu', shape: '[n][d]', meaning: 'encoded means μ', differentiable: true },
    { name: 'logvar', shape: '[n][d]', meaning: 'encoded log-variances log σ²', differentiable: true },
  ],
  params: [],
  value(inputs) {
    const { mu, lv, n } = meansAndLogvars(inputs);
    return sum(mu.map((row, i) => sum(row.map((m, j) => klAt(m, lv[i]![j]!))))) / n;
  },
  grad(inputs) {
    const { mu, lv, n } = meansAndLogvars(inputs);
    return { mu: mu.map((row) => row.map((m) => m / n)), logvar: lv.map((row) => row.map((v) => (0.5 * Math.expm1(v)) / n)) };
  },
  profiles: [
    {
      axis: 'latent',
      label: 'latent mean μ of one dimension',
      xTex: '\\mu',
      xText: 'μ',
      domain: [-3, 3],
      held: 'one latent dimension with its log-variance held at 0 (variance 1)',
      value: (x) => klAt(x, 0),
      derivative: (x) => x,
      batch: (x) => ({ inputs: { mu: [[x]], logvar: [[0]] }, dx: (g) => (g.mu as number[][])[0]![0]! }),
    },
  ],
  tex: {
    value: {
      lhs: '\\ell(\\mu, \\log\\sigma^2)',
      pieces: [{ tex: '-\\tfrac{1}{2}\\sum_{d}\\bigl(1 + \\log\\sigma_d^2 - \\mu_d^2 - \\sigma_d^2\\bigr)', when: '' }],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial \\mu_d},\\ \\frac{\\partial \\ell}{\\partial \\log\\sigma_d^2}',
      pieces: [{ tex: '\\mu_d,\\quad \\tfrac{1}{2}\\bigl(\\sigma_d^2 - 1\\bigr)', when: '' }],
    },
  },
  calls: {
    pytorch: {
      code:
        'torch.distributions.kl_divergence(\n' +
        '    Normal(mu, torch.exp(0.5 * logvar)), Normal(torch.zeros_like(mu), torch.ones_like(mu))).sum(1).mean()',
      note: 'The VAE example code often writes −0.5·Σ(1 + logvar − mu² − logvar.exp()) summed over the whole batch, not averaged over samples.',
    },
  },
  sample: (rng, n) => ({
    mu: Array.from({ length: n }, () => normals(rng, 3, 1.5)),
    logvar: Array.from({ length: n }, () => normals(rng, 3, 1)),
  }),
};
