import type { ParamSpec } from '../../../src/math/types';
import { numberField, numberListField, prop, type LinkField } from '../../state/link';

/** The softmax lesson's state: the scores, a common shift c and a scale β. */
export interface SoftmaxState {
  readonly z: readonly number[];
  readonly c: number;
  readonly beta: number;
}

/** Scores may reach ±1000, far enough for exp to overflow (past about 709.78). */
export const SCORE_BOUNDS = { range: [-1000, 1000] as const, step: 0.1 };
export const CLASSES: readonly [min: number, max: number] = [2, 6];

export const C_SPEC: ParamSpec = {
  name: 'c',
  symbol: 'c',
  default: 3,
  range: [-50, 50],
  step: 0.5,
  meaning: 'Added to every score.',
};

export const BETA_SPEC: ParamSpec = {
  name: 'beta',
  symbol: '\\beta',
  default: 1,
  range: [0, 10],
  step: 0.1,
  meaning: 'Multiplies every score: larger is more confident, 0 is uniform.',
};

/** The scores of the notes' overflow example. */
export const OVERFLOW_EXAMPLE: readonly number[] = [123, 456, 789];

export const INITIAL: SoftmaxState = { z: [2, 1, 0.1], c: C_SPEC.default, beta: BETA_SPEC.default };

export const FIELDS: readonly LinkField<SoftmaxState>[] = [
  numberListField('z', SCORE_BOUNDS, CLASSES, prop<SoftmaxState, 'z'>('z')),
  numberField(C_SPEC, prop<SoftmaxState, 'c'>('c')),
  numberField(BETA_SPEC, prop<SoftmaxState, 'beta'>('beta')),
];
