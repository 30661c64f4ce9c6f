import { sum } from '../numerics';
import type { LossSpec } from '../types';
import { differenceProfile, PAIR_INPUTS, pairDifferences, pairGrads, samplePairs } from './scorePairs';

/** RankBoost's exponential loss of one pair with score difference d = s⁺ − s⁻: e^{−d}. */
export const rankboostAt = (d: number): number => Math.exp(-d);
/** d rankboostAt / dd = −e^{−d}: a pair in the wrong order is pushed exponentially hard. */
export const rankboostDerivAt = (d: number): number => -Math.exp(-d);

export const rankboost: LossSpec = {
  id: 'rankboost',
  title: 'RankBoost (exponential pairwise)',
  family: 'ranking',
  purpose: 'Pairwise ranking with the exponential loss that boosting minimises',
  description:
    'Charges exp(−(s⁺ − s⁻)) for each pair: the exponential loss of AdaBoost applied to score differences. A pair in ' +
    'the right order costs little and ever less; a pair in the wrong order costs, and pulls, exponentially more ' +
    'the further it is inverted.',
  useWhen:
    'You boost weak rankers, or want a pairwise loss that concentrates almost all of its effort on the worst-ordered pairs.',
  watchOut:
    'One badly mislabelled pair can dominate the whole batch: the cost of an inversion grows without bound and ' +
    'overflows in float64 once a difference falls below about −709 (far sooner in float32).',
  source: {
    label: 'Freund et al. 2003, An Efficient Boosting Algorithm for Combining Preferences',
    url: 'https://www.jmlr.org/papers/v4/freund03a.html',
  },
  reduction: 'mean over pairs',
  inputs: PAIR_INPUTS,
  params: [],
  value: (inputs) => {
    const d = pairDifferences(inputs);
    return sum(d.map(rankboostAt)) / d.length;
  },
  grad: (inputs) => pairGrads(pairDifferences(inputs), rankboostDerivAt),
  profiles: [differenceProfile(rankboostAt, rankboostDerivAt)],
  tex: {
    value: { lhs: '\\ell(s^+, s^-)', pieces: [{ tex: 'e^{-(s^+ - s^-)}', when: '' }] },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial s^+} = -\\frac{\\partial \\ell}{\\partial s^-}',
      pieces: [{ tex: '-e^{-(s^+ - s^-)}', when: '' }],
    },
  },
  calls: {
    pytorch: { code: 'loss = torch.exp(-(pos - neg)).mean()', note: 'No loss class; written with tensor operations.' },
  },
  sample: samplePairs,
};
