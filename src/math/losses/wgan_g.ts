import { sum } from '../numerics';
import type { LossSpec } from '../types';
import { fakeProfile, sampleOutputs, scores } from './ganParts';
import { WGAN } from './wgan_critic';

/** −mean(fake) and its gradient −1/n: the generator loss of both the Wasserstein and the hinge GAN. */
export const negMean = {
  value: (f: readonly number[]) => -sum(f) / f.length,
  grad: (f: readonly number[]) => f.map(() => -1 / f.length),
};

export const wganG: LossSpec = {
  id: 'wgan_g',
  title: 'Wasserstein GAN generator',
  family: 'generative',
  purpose: 'Train a WGAN generator: raise the critic’s score on its samples',
  description:
    'The generator’s side of the Wasserstein game: the negated mean critic score of its samples. Its gradient with ' +
    'respect to each score is a constant −1/n, so the generator keeps learning however badly its samples are rated; ' +
    'what it learns comes through the critic’s gradient with respect to the sample.',
  useWhen: 'You train a Wasserstein GAN; pair it with wgan_critic and a Lipschitz constraint on the critic.',
  watchOut:
    'The value is only meaningful relative to the critic it was measured with; comparing it across runs or critics says nothing.',
  source: WGAN,
  reduction: 'mean over fake samples',
  inputs: [{ name: 'fake', shape: '[n]', meaning: 'critic scores on generated samples', differentiable: true }],
  params: [],
  value: (inputs) => negMean.value(scores(inputs, 'fake')),
  grad: (inputs) => ({ fake: negMean.grad(scores(inputs, 'fake')) }),
  profiles: [fakeProfile({ fake: 'fake', role: 'critic', output: 'score', value: (x) => -x, derivative: () => -1 })],
  tex: {
    value: { lhs: '\\ell_G', pieces: [{ tex: '-D(G(z))', when: '' }] },
    grad: { lhs: '\\frac{\\partial \\ell_G}{\\partial D(G(z))}', pieces: [{ tex: '-1', when: '' }] },
  },
  calls: {
    pytorch: { code: 'loss = -fake.mean()', note: 'No loss class; written with tensor operations.' },
  },
  sample: (rng, n) => ({ fake: sampleOutputs(rng, n) }),
};
