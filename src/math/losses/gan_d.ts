import { sigmoid, softplus, sum } from '../numerics';
import type { LossSpec } from '../types';
import { fakeProfile, GOODFELLOW, REAL_HELD, realAndFake, sampleOutputs } from './ganParts';

export const ganD: LossSpec = {
  id: 'gan_d',
  title: 'GAN discriminator',
  family: 'generative',
  purpose: 'Train a GAN discriminator: real samples labelled 1, generated ones 0',
  description:
    'The discriminator of the original GAN is a binary classifier: binary cross-entropy with target 1 on real samples ' +
    'and target 0 on generated ones, written here on its logits. Against a fixed generator its best response gives each ' +
    'sample the probability that it is real, p_data/(p_data + p_G).',
  useWhen: 'You train a standard (non-Wasserstein) GAN and need the discriminator’s side of the game.',
  watchOut:
    'A discriminator that wins too easily drives the fakes’ logits far negative, where the minimax generator loss ' +
    'goes flat; pair it with the non-saturating generator loss.',
  source: GOODFELLOW,
  reduction: 'mean over real samples plus mean over fake samples',
  inputs: [
    { name: 'real_logit', shape: '[n]', meaning: 'discriminator logits on real samples', differentiable: true },
    { name: 'fake_logit', shape: '[n]', meaning: 'discriminator logits on generated samples', differentiable: true },
  ],
  params: [],
  value(inputs) {
    const [r, f] = realAndFake(inputs, 'real_logit', 'fake_logit');
    return sum(r.map((x) => softplus(-x))) / r.length + sum(f.map(softplus)) / f.length;
  },
  grad(inputs) {
    const [r, f] = realAndFake(inputs, 'real_logit', 'fake_logit');
    return { real_logit: r.map((x) => -sigmoid(-x) / r.length), fake_logit: f.map((x) => sigmoid(x) / f.length) };
  },
  profiles: [
    fakeProfile({
      real: 'real_logit',
      fake: 'fake_logit',
      role: 'discriminator', output: 'logit',
      value: (x) => softplus(-REAL_HELD) + softplus(x),
      derivative: (x) => sigmoid(x),
    }),
  ],
  tex: {
    value: {
      lhs: '\\ell_D',
      pieces: [{ tex: '-\\log\\sigma\\bigl(D(x)\\bigr) - \\log\\Bigl(1 - \\sigma\\bigl(D(G(z))\\bigr)\\Bigr)', when: '' }],
    },
    grad: { lhs: '\\frac{\\partial \\ell_D}{\\partial D(G(z))}', pieces: [{ tex: '\\sigma\\bigl(D(G(z))\\bigr)', when: '' }] },
  },
  calls: {
    pytorch: {
      code:
        'F.binary_cross_entropy_with_logits(real_logit, torch.ones_like(real_logit))\n' +
        '  + F.binary_cross_entropy_with_logits(fake_logit, torch.zeros_like(fake_logit))',
      note: 'Two calls: the real samples against ones, the fakes against zeros.',
    },
    keras: {
      code:
        'bce = keras.losses.BinaryCrossentropy(from_logits=True)\n' +
        'loss = bce(keras.ops.ones_like(real_logit), real_logit) + bce(keras.ops.zeros_like(fake_logit), fake_logit)',
    },
    tfjs: {
      code:
        'tf.losses.sigmoidCrossEntropy(tf.onesLike(realLogit), realLogit)\n' +
        '  .add(tf.losses.sigmoidCrossEntropy(tf.zerosLike(fakeLogit), fakeLogit))',
    },
  },
  sample: (rng, n) => ({ real_logit: sampleOutputs(rng, n), fake_logit: sampleOutputs(rng, n) }),
};
