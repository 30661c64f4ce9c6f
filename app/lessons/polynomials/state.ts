import { focal } from '../../../src/math/losses/focal';
import { poly1 } from '../../../src/math/losses/poly1';
import type { ParamSpec } from '../../../src/math/types';
import { numberField, prop, type LinkField } from '../../state/link';

/** What a learner changes in the polynomial lesson; all of it is in the link. */
export interface PolyState {
  /** Probability of the true class, p_t: the curves' cursor. */
  readonly pt: number;
  /** How many terms of the series are summed (N). */
  readonly terms: number;
  /** Focal loss's γ. */
  readonly gamma: number;
  /** Poly-1's ε. */
  readonly epsilon: number;
}

export const PT: ParamSpec = {
  name: 'pt',
  symbol: 'p_t',
  default: 0.3,
  range: [0.01, 0.99],
  step: 0.01,
  meaning: 'probability the model gives the true class',
};

export const TERMS: ParamSpec = {
  name: 'terms',
  symbol: 'N',
  default: 3,
  range: [1, 40],
  step: 1,
  integer: true,
  meaning: 'how many terms of the series are summed',
};

const paramOf = (params: readonly ParamSpec[], name: string): ParamSpec => {
  const p = params.find((q) => q.name === name);
  if (!p) throw new Error(`no parameter ${name}`);
  return p;
};

/** The same γ and ε (range, step, meaning) as the explorer's focal and Poly-1 sliders. */
export const GAMMA = paramOf(focal.params, 'gamma');
export const EPSILON = paramOf(poly1.params, 'epsilon');

export const INITIAL: PolyState = { pt: PT.default, terms: TERMS.default, gamma: GAMMA.default, epsilon: EPSILON.default };

export const FIELDS: readonly LinkField<PolyState>[] = [
  numberField(PT, prop('pt')),
  numberField(TERMS, prop('terms')),
  numberField(GAMMA, prop('gamma')),
  numberField(EPSILON, prop('epsilon')),
];
