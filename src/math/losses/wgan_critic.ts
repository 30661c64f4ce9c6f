import { sum } from '../numerics';
import type { LossSpec } from '../types';
import { fakeProfile, REAL_HELD, realAndFake, sampleOutputs } from './ganParts';

export const WGAN = { label: 'Arjovsky et al. 2017, Wasserstein GAN', url: 'https://arxiv.org/abs/1701.07875' };

export const wganCritic: LossSpec = {
  id: 'wgan_critic',
  title: 'Wasserstein GAN critic',
  family: 'generative',
  purpose: 'Train a WGAN critic: score real samples above generated ones, no bound on the gap',
  description:
    'The critic outputs an unbounded score rather than a probability and is trained to widen the gap between the mean ' +
    'score of real samples and that of fakes. Under a Lipschitz constraint that gap estimates the Wasserstein-1 ' +
    'distance between the two distributions; the loss is linear, so every sample pulls with the same force.',
  useWhen:
    'You train a Wasserstein GAN and can enforce the critic’s Lipschitz constraint (weight clipping, a gradient ' +
    'penalty or spectral normalisation).',
  watchOut:
    'Without a Lipschitz constraint the loss has no minimum: the critic simply scales its scores up and the value ' +
    'runs off to −∞.',
  source: WGAN,
  reduction: 'mean over fake samples minus mean over real samples',
  inputs: [
    { name: 'real', shape: '[n]', meaning: 'critic scores on real samples', differentiable: true },
    { name: 'fake', shape: '[n]', meaning: 'critic scores on generated samples', differentiable: true },
  ],
  params: [],
  value(inputs) {
    const [r, f] = realAndFake(inputs, 'real', 'fake');
    return sum(f) / f.length - sum(r) / r.length;
  },
  grad(inputs) {
    const [r, f] = realAndFake(inputs, 'real', 'fake');
    return { real: r.map(() => -1 / r.length), fake: f.map(() => 1 / f.length) };
  },
  profiles: [fakeProfile({ real: 'real', fake: 'fake', role: 'critic', output: 'score', value: (x) => x - REAL_HELD, derivative: () => 1 })],
  tex: {
    value: { lhs: '\\ell_D', pieces: [{ tex: 'D(G(z)) - D(x)', when: '' }] },
    grad: { lhs: '\\frac{\\partial \\ell_D}{\\partial D(G(z))}', pieces: [{ tex: '1', when: '' }] },
  },
  calls: {
    pytorch: { code: 'loss = fake.mean() - real.mean()', note: 'No loss class; written with tensor operations.' },
  },
  sample: (rng, n) => ({ real: sampleOutputs(rng, n), fake: sampleOutputs(rng, n) }),
};
