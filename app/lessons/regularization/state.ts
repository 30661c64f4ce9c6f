import type { ParamSpec } from '../../../src/math/types';
import type { PenaltyKind } from '../../../src/math/lessons/regularization';
import type { DropoutStyle } from '../../../src/math/lessons/regularizationDropout';
import { choiceField, numberField, prop, type LinkField } from '../../state/link';
import { L1_RATIO, LAMBDA, MAX_NORM } from '../../state/surfaceParams';

/** What a learner changes in the regularization lesson; all of it is in the link. */
export interface RegState {
  /** The penalty whose λ path is drawn. */
  readonly reg: PenaltyKind;
  readonly lambda: number;
  readonly l1_ratio: number;
  /** A weight vector (w1, w2) for the max-norm projection. */
  readonly w1: number;
  readonly w2: number;
  readonly max_norm: number;
  /** Scale c of the separating weights c·d in the “not unique” step. */
  readonly scale: number;
  /** Dropout's keep probability p. */
  readonly keep: number;
  /** Seed of the dropout mask shown. */
  readonly seed: number;
  readonly style: DropoutStyle;
}

export const REGS: readonly PenaltyKind[] = ['l1', 'l2', 'elastic_net'];
export const STYLES: readonly DropoutStyle[] = ['original', 'inverted'];

/** λ as on the surface view (range, log slider, meaning); the lesson opens where L1 has already zeroed some. */
export const LESSON_LAMBDA: ParamSpec = { ...LAMBDA, default: 0.5 };
/** max_norm as on the surface view, held to the lesson's plane (|w| ≤ 5). */
export const LESSON_MAX_NORM: ParamSpec = { ...MAX_NORM, range: [0.1, 5] };
export { L1_RATIO };

const weight = (name: string, symbol: string, value: number): ParamSpec => ({
  name, symbol, default: value, range: [-5, 5], step: 0.1, meaning: 'one coordinate of the weight vector before the projection',
});
export const W1 = weight('w1', 'w_1', 3);
export const W2 = weight('w2', 'w_2', 2);

export const SCALE: ParamSpec = {
  name: 'scale', symbol: 'c', default: 2, range: [0, 8], step: 0.05,
  meaning: 'how far along the separating direction the weights are: w = c·d',
};

export const KEEP: ParamSpec = {
  name: 'keep', symbol: 'p', default: 0.5, range: [0.05, 1], step: 0.05,
  meaning: 'keep probability: each unit stays on with probability p during training',
};
export const SEED: ParamSpec = {
  name: 'seed', symbol: 's', default: 1, range: [1, 9999], step: 1, integer: true,
  meaning: 'seed of the dropout mask shown',
};

export const INITIAL: RegState = {
  reg: 'l1', lambda: LESSON_LAMBDA.default, l1_ratio: L1_RATIO.default, w1: W1.default, w2: W2.default,
  max_norm: LESSON_MAX_NORM.default, scale: SCALE.default, keep: KEEP.default, seed: SEED.default, style: 'inverted',
};

export const FIELDS: readonly LinkField<RegState>[] = [
  choiceField('reg', REGS, prop('reg')),
  numberField(LESSON_LAMBDA, prop('lambda')),
  numberField(L1_RATIO, prop('l1_ratio')),
  numberField(W1, prop('w1')),
  numberField(W2, prop('w2')),
  numberField(LESSON_MAX_NORM, prop('max_norm')),
  numberField(SCALE, prop('scale')),
  numberField(KEEP, prop('keep')),
  numberField(SEED, prop('seed')),
  choiceField('style', STYLES, prop('style')),
];
