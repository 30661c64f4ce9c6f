import { sigmoid, softplus, sum } from '../numerics';
import type { LossSpec } from '../types';
import { fakeProfile, GOODFELLOW, sampleOutputs, scores } from './ganParts';

export const ganGMinimax: LossSpec = {
  id: 'gan_g_minimax',
  title: 'GAN generator, minimax (saturating)',
  family: 'generative',
  purpose: 'The generator loss of the original minimax game: log(1 − D(G(z)))',
  description:
    'The generator minimises what the discriminator maximises: the log-probability that the discriminator calls a fake ' +
    'fake, log(1 − σ(D(G(z)))). It is negative and falls towards −∞ as the fakes fool the discriminator, but its slope ' +
    'vanishes exactly where the generator is worst, when the fakes are confidently rejected.',
  useWhen:
    'You study the GAN game as first posed, or need the generator loss whose fixed point is the Jensen–Shannon ' +
    'optimum; in practice the non-saturating loss trains better.',
  watchOut:
    'Early in training the discriminator rejects fakes easily, the logits are far negative and the gradient is about ' +
    'exp(D(G(z))): the generator barely learns. This is the saturation the non-saturating loss fixes.',
  source: GOODFELLOW,
  reduction: 'mean over fake samples',
  inputs: [{ name: 'fake_logit', shape: '[n]', meaning: 'discriminator logits on generated samples', differentiable: true }],
  params: [],
  value(inputs) {
    const f = scores(inputs, 'fake_logit');
    return -sum(f.map(softplus)) / f.length;
  },
  grad(inputs) {
    const f = scores(inputs, 'fake_logit');
    return { fake_logit: f.map((x) => -sigmoid(x) / f.length) };
  },
  profiles: [fakeProfile({ fake: 'fake_logit', role: 'discriminator', output: 'logit', value: (x) => -softplus(x), derivative: (x) => -sigmoid(x) })],
  tex: {
    value: {
      lhs: '\\ell_G',
      pieces: [{ tex: '\\log\\Bigl(1 - \\sigma\\bigl(D(G(z))\\bigr)\\Bigr) = -\\log\\bigl(1 + e^{D(G(z))}\\bigr)', when: '' }],
    },
    grad: { lhs: '\\frac{\\partial \\ell_G}{\\partial D(G(z))}', pieces: [{ tex: '-\\sigma\\bigl(D(G(z))\\bigr)', when: '' }] },
  },
  calls: {
    pytorch: {
      code: '-F.binary_cross_entropy_with_logits(fake_logit, torch.zeros_like(fake_logit))',
      note: 'The negated discriminator loss on the fakes (target 0).',
    },
    keras: { code: '-keras.losses.BinaryCrossentropy(from_logits=True)(keras.ops.zeros_like(fake_logit), fake_logit)' },
    tfjs: { code: 'tf.losses.sigmoidCrossEntropy(tf.zerosLike(fakeLogit), fakeLogit).neg()' },
  },
  sample: (rng, n) => ({ fake_logit: sampleOutputs(rng, n) }),
};
