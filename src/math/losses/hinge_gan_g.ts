import type { LossSpec } from '../types';
import { fakeProfile, sampleOutputs, scores } from './ganParts';
import { GEOMETRIC_GAN } from './hinge_gan_d';
import { negMean } from './wgan_g';

export const hingeGanG: LossSpec = {
  id: 'hinge_gan_g',
  title: 'Hinge GAN generator',
  family: 'generative',
  purpose: 'The generator beside a hinge discriminator: raise its score on the fakes',
  description:
    'The generator paired with the hinge discriminator does not use a hinge itself: it maximises the discriminator’s ' +
    'mean score on its samples, the same linear loss as the Wasserstein generator. Only the discriminator it plays ' +
    'against differs.',
  useWhen: 'You train the generator of a hinge-loss GAN (SN-GAN, SAGAN, BigGAN style).',
  watchOut:
    'Its gradient never fades, so it depends on the discriminator (through spectral normalisation or similar) to keep ' +
    'its scores, and their slopes, in check.',
  source: GEOMETRIC_GAN,
  reduction: 'mean over fake samples',
  inputs: [{ name: 'fake', shape: '[n]', meaning: 'discriminator scores on generated samples', differentiable: true }],
  params: [],
  value: (inputs) => negMean.value(scores(inputs, 'fake')),
  grad: (inputs) => ({ fake: negMean.grad(scores(inputs, 'fake')) }),
  profiles: [fakeProfile({ fake: 'fake', role: 'discriminator', output: 'score', value: (x) => -x, derivative: () => -1 })],
  tex: {
    value: { lhs: '\\ell_G', pieces: [{ tex: '-D(G(z))', when: '' }] },
    grad: { lhs: '\\frac{\\partial \\ell_G}{\\partial D(G(z))}', pieces: [{ tex: '-1', when: '' }] },
  },
  calls: {
    pytorch: { code: 'loss = -fake.mean()', note: 'No loss class; written with tensor operations.' },
  },
  sample: (rng, n) => ({ fake: sampleOutputs(rng, n) }),
};
