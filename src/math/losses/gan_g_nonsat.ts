import { sigmoid, softplus, sum } from '../numerics';
import type { LossSpec } from '../types';
import { fakeProfile, GOODFELLOW, sampleOutputs, scores } from './ganParts';

export const ganGNonsat: LossSpec = {
  id: 'gan_g_nonsat',
  title: 'GAN generator, non-saturating',
  family: 'generative',
  purpose: 'The generator loss used in practice: −log D(G(z)), steep where fakes are rejected',
  description:
    'Instead of minimising the chance that its fakes are caught, the generator maximises the chance that they pass: ' +
    '−log σ(D(G(z))), binary cross-entropy of the fakes against the real label. It has the same fixed point as the ' +
    'minimax loss, but its slope is close to −1 exactly where the discriminator rejects the fakes confidently.',
  useWhen: 'You train a standard GAN generator; this is the default choice in practice.',
  watchOut:
    'Its gradient no longer vanishes, but the game can still collapse onto a few modes or oscillate; the loss value ' +
    'says little about sample quality.',
  source: GOODFELLOW,
  reduction: 'mean over fake samples',
  inputs: [{ name: 'fake_logit', shape: '[n]', meaning: 'discriminator logits on generated samples', differentiable: true }],
  params: [],
  value(inputs) {
    const f = scores(inputs, 'fake_logit');
    return sum(f.map((x) => softplus(-x))) / f.length;
  },
  grad(inputs) {
    const f = scores(inputs, 'fake_logit');
    return { fake_logit: f.map((x) => -sigmoid(-x) / f.length) };
  },
  profiles: [
    fakeProfile({ fake: 'fake_logit', role: 'discriminator', output: 'logit', value: (x) => softplus(-x), derivative: (x) => -sigmoid(-x) }),
  ],
  tex: {
    value: {
      lhs: '\\ell_G',
      pieces: [{ tex: '-\\log\\sigma\\bigl(D(G(z))\\bigr) = \\log\\bigl(1 + e^{-D(G(z))}\\bigr)', when: '' }],
    },
    grad: { lhs: '\\frac{\\partial \\ell_G}{\\partial D(G(z))}', pieces: [{ tex: '-\\sigma\\bigl(-D(G(z))\\bigr)', when: '' }] },
  },
  calls: {
    pytorch: {
      code: 'F.binary_cross_entropy_with_logits(fake_logit, torch.ones_like(fake_logit))',
      note: 'The fakes scored against the real label (target 1).',
    },
    keras: { code: 'keras.losses.BinaryCrossentropy(from_logits=True)(keras.ops.ones_like(fake_logit), fake_logit)' },
    tfjs: { code: 'tf.losses.sigmoidCrossEntropy(tf.onesLike(fakeLogit), fakeLogit)' },
  },
  sample: (rng, n) => ({ fake_logit: sampleOutputs(rng, n) }),
};
