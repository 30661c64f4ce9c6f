import { sum } from '../numerics';
import type { LossSpec } from '../types';
import { fakeProfile, REAL_HELD, realAndFake, sampleOutputs } from './ganParts';

export const GEOMETRIC_GAN = { label: 'Lim & Ye 2017, Geometric GAN', url: 'https://arxiv.org/abs/1705.02894' };

/** The real sample's term at the profile's held score: max(0, 1 − 2) = 0. */
const REAL_TERM = Math.max(0, 1 - REAL_HELD);

export const hingeGanD: LossSpec = {
  id: 'hinge_gan_d',
  title: 'Hinge GAN discriminator',
  family: 'generative',
  purpose: 'Train a GAN discriminator with hinges: real above +1, fakes below −1',
  description:
    'A support-vector view of the discriminator: real samples should score at least +1 and fakes at most −1, and only ' +
    'samples on the wrong side of their margin cost anything, linearly ([u]₊ = max(0, u) in the formula). Samples ' +
    'already past their margin drop out of ' +
    'the gradient, so the discriminator stops sharpening what it already separates.',
  useWhen:
    'You train a large image GAN with spectral normalisation (SN-GAN, SAGAN, BigGAN style), where the hinge ' +
    'discriminator is the usual choice.',
  watchOut:
    'The flat regions give no signal for samples past the margin; if every sample is past it, the discriminator ' +
    'stops learning entirely even if it could separate them further.',
  source: GEOMETRIC_GAN,
  reduction: 'mean over real samples plus mean over fake samples',
  inputs: [
    { name: 'real', shape: '[n]', meaning: 'discriminator scores on real samples', differentiable: true },
    { name: 'fake', shape: '[n]', meaning: 'discriminator scores on generated samples', differentiable: true },
  ],
  params: [],
  value(inputs) {
    const [r, f] = realAndFake(inputs, 'real', 'fake');
    return sum(r.map((x) => Math.max(0, 1 - x))) / r.length + sum(f.map((x) => Math.max(0, 1 + x))) / f.length;
  },
  grad(inputs) {
    const [r, f] = realAndFake(inputs, 'real', 'fake');
    return {
      real: r.map((x) => (1 - x > 0 ? -1 / r.length : 0)),
      fake: f.map((x) => (1 + x > 0 ? 1 / f.length : 0)),
    };
  },
  profiles: [
    fakeProfile({
      real: 'real',
      fake: 'fake',
      role: 'discriminator', output: 'score',
      value: (x) => REAL_TERM + Math.max(0, 1 + x),
      derivative: (x) => (1 + x > 0 ? 1 : 0),
      piece: (x) => (1 + x > 0 ? 0 : 1),
    }),
  ],
  tex: {
    value: {
      lhs: '\\ell_D',
      pieces: [
        { tex: '[1 - D(x)]_+ + 1 + D(G(z))', when: 'D(G(z)) > -1' },
        { tex: '[1 - D(x)]_+', when: 'D(G(z)) \\le -1' },
      ],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell_D}{\\partial D(G(z))}',
      pieces: [
        { tex: '1', when: 'D(G(z)) > -1' },
        { tex: '0', when: 'D(G(z)) \\le -1' },
      ],
    },
  },
  calls: {
    pytorch: { code: 'loss = F.relu(1 - real).mean() + F.relu(1 + fake).mean()', note: 'No loss class; written with tensor operations.' },
  },
  sample: (rng, n) => ({ real: sampleOutputs(rng, n), fake: sampleOutputs(rng, n) }),
};
