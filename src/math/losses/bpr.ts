import { sigmoid, softplus, sum } from '../numerics';
import type { LossSpec } from '../types';
import { differenceProfile, PAIR_INPUTS, pairDifferences, pairGrads, samplePairs } from './scorePairs';

/** BPR of one pair with score difference d = s⁺ − s⁻: −log σ(d) = softplus(−d). */
export const bprAt = (d: number): number => softplus(-d);
/** d bprAt / dd = −σ(−d): the push fades as the preferred item pulls ahead. */
export const bprDerivAt = (d: number): number => -sigmoid(-d);

export const bpr: LossSpec = {
  id: 'bpr',
  title: 'Bayesian personalised ranking (BPR)',
  family: 'ranking',
  purpose: 'Implicit-feedback recommendation: rank the item a user chose above one they did not',
  description:
    'Takes pairs of an item the user interacted with and one they did not, and charges the logistic loss of the ' +
    'score difference. It is the negative log-likelihood that the preferred item wins under a logistic model, so ' +
    'it never reaches zero but its pull fades smoothly once the order is right.',
  useWhen:
    'You train a recommender from clicks, plays or purchases and only know which items were chosen, not how much ' +
    'they were liked; sample one unchosen item per chosen one.',
  watchOut:
    'Uniformly sampled negatives are soon easy, so most pairs stop teaching anything; hard or popularity-aware ' +
    'negative sampling matters more than the loss itself.',
  source: { label: 'Rendle et al. 2009, BPR: Bayesian Personalized Ranking from Implicit Feedback', url: 'https://arxiv.org/abs/1205.2618' },
  reduction: 'mean over pairs',
  inputs: PAIR_INPUTS,
  params: [],
  value: (inputs) => {
    const d = pairDifferences(inputs);
    return sum(d.map(bprAt)) / d.length;
  },
  grad: (inputs) => pairGrads(pairDifferences(inputs), bprDerivAt),
  profiles: [differenceProfile(bprAt, bprDerivAt)],
  tex: {
    value: { lhs: '\\ell(s^+, s^-)', pieces: [{ tex: '-\\log\\sigma(s^+ - s^-) = \\log\\bigl(1 + e^{-(s^+ - s^-)}\\bigr)', when: '' }] },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial s^+} = -\\frac{\\partial \\ell}{\\partial s^-}',
      pieces: [{ tex: '-\\sigma\\bigl(-(s^+ - s^-)\\bigr)', when: '' }],
    },
  },
  calls: {
    pytorch: {
      code: 'loss = -F.logsigmoid(pos - neg).mean()',
      note: 'No loss class; the same value is F.binary_cross_entropy_with_logits(pos - neg, torch.ones_like(pos)).',
    },
    keras: {
      code: 'keras.losses.BinaryCrossentropy(from_logits=True)(keras.ops.ones_like(pos), pos - neg)',
      note: 'No BPR class; binary cross-entropy of the difference against target 1 is the same value.',
    },
    tfjs: {
      code: 'tf.losses.sigmoidCrossEntropy(tf.onesLike(pos), pos.sub(neg))',
      note: 'No BPR function; sigmoid cross-entropy of the difference against label 1 is the same value.',
    },
  },
  sample: samplePairs,
};
