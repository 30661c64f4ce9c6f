import type { ParamSpec } from '../../../src/math/types';
import { choiceField, numberField, numberListField, prop, type LinkField } from '../../state/link';

/** Everything a learner changes in the lesson; all of it travels in the link. */
export interface LikelihoodState {
  /** Regression targets y₁ … yₙ. */
  readonly ys: readonly number[];
  /** The constant prediction ŷ = c. */
  readonly c: number;
  /** Gaussian noise σ and Laplace noise scale b. */
  readonly sigma: number;
  readonly b: number;
  /** Binary labels as counts of ones and zeros, and the predicted P(y = 1). */
  readonly ones: number;
  readonly zeros: number;
  readonly p: number;
  /** Class counts of a categorical data set, and the L2 strength on the fitted logits. */
  readonly counts: readonly number[];
  readonly lambda: number;
  /** A prior on one weight w, its scale, and the weight the readouts are taken at. */
  readonly prior: 'gaussian' | 'laplace';
  readonly s: number;
  readonly w: number;
}

const spec = (name: string, symbol: string, d: number, range: [number, number], step: number, meaning: string, integer = false): ParamSpec => ({
  name,
  symbol,
  default: d,
  range,
  step,
  meaning,
  ...(integer ? { integer } : {}),
});

export const Y_RANGE: readonly [number, number] = [-2, 6];
export const SPECS = {
  c: spec('c', '\\hat y', 1.5, [-2, 6], 0.05, 'the constant prediction ŷ for every target'),
  sigma: spec('sigma', '\\sigma', 1, [0.2, 3], 0.05, 'standard deviation of the Gaussian noise'),
  b: spec('b', 'b', 1, [0.2, 3], 0.05, 'scale of the Laplace noise (its mean absolute deviation)'),
  ones: spec('ones', 'n_1', 7, [1, 20], 1, 'how many labels are 1', true),
  zeros: spec('zeros', 'n_0', 3, [1, 20], 1, 'how many labels are 0', true),
  p: spec('p', 'p', 0.5, [0.01, 0.99], 0.01, 'predicted probability that a label is 1'),
  lambda: spec('lambda', '\\lambda', 0, [0, 1], 0.01, 'L2 penalty λ Σ z² on the logits: a Gaussian prior, MAP instead of ML'),
  s: spec('s', 's', 1, [0.2, 3], 0.05, 'scale of the prior on w (Gaussian σ or Laplace b)'),
  w: spec('w', 'w', 1, [-3, 3], 0.05, 'the weight the readouts are taken at'),
} as const;

export const INITIAL: LikelihoodState = {
  ys: [0.5, 1.2, 2, 2.4, 3.9],
  c: 1.5,
  sigma: 1,
  b: 1,
  ones: 7,
  zeros: 3,
  p: 0.5,
  counts: [5, 3, 2],
  lambda: 0,
  prior: 'gaussian',
  s: 1,
  w: 1,
};

export const FIELDS: readonly LinkField<LikelihoodState>[] = [
  numberListField('y', { range: Y_RANGE }, [1, 10], prop('ys')),
  numberField(SPECS.c, prop('c')),
  numberField(SPECS.sigma, prop('sigma')),
  numberField(SPECS.b, prop('b')),
  numberField(SPECS.ones, prop('ones')),
  numberField(SPECS.zeros, prop('zeros')),
  numberField(SPECS.p, prop('p')),
  numberListField('counts', { range: [1, 50], integer: true }, [2, 5], prop('counts')),
  numberField(SPECS.lambda, prop('lambda')),
  choiceField('prior', ['gaussian', 'laplace'] as const, prop('prior')),
  numberField(SPECS.s, prop('s')),
  numberField(SPECS.w, prop('w')),
];
