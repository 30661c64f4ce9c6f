import { getLoss } from '../../../src/math/losses';
import type { ParamSpec } from '../../../src/math/types';
import { numberField, numberListField, prop, type LinkField } from '../../state/link';

/** The notes' example: one image of a cat, scored by a linear classifier for three classes. */
export const CLASSES = ['cat', 'car', 'frog'] as const;
/** The true class (cat). */
export const TRUE_CLASS = 0;
export const EXAMPLE_SCORES = [-96.8, 437.9, 61.95] as const;
const SCORE_RANGE = [-1000, 1000] as const;

export interface SvmSoftmaxState {
  /** Class scores (cat, car, frog). */
  readonly scores: readonly number[];
  /** The SVM margin Δ. */
  readonly margin: number;
  /** The factor k every score is multiplied by in the scaling step. */
  readonly scale: number;
}

/** One slider per class score; the name is the class, as the link's `scores` list is ordered. */
export const SCORE_SPECS: readonly ParamSpec[] = CLASSES.map((c, j) => ({
  name: c,
  symbol: `s_{\\text{${c}}}`,
  default: EXAMPLE_SCORES[j]!,
  range: SCORE_RANGE,
  step: 0.05,
  meaning: j === TRUE_CLASS ? 'score of the true class' : `score of the wrong class “${c}”`,
}));

/** The registry's margin parameter of the multiclass hinge (Δ), so slider and link match the explorer's. */
export const MARGIN_SPEC: ParamSpec = getLoss('multiclass_hinge')!.params.find((p) => p.name === 'margin')!;

export const SCALE_SPEC: ParamSpec = {
  name: 'scale',
  symbol: 'k',
  default: 1,
  range: [0, 4],
  step: 0.1,
  meaning: 'every score is multiplied by k: the same order, k times the gaps',
};

export const INITIAL: SvmSoftmaxState = { scores: [...EXAMPLE_SCORES], margin: MARGIN_SPEC.default, scale: SCALE_SPEC.default };

export const FIELDS: readonly LinkField<SvmSoftmaxState>[] = [
  numberListField('scores', { range: SCORE_RANGE }, [CLASSES.length, CLASSES.length], prop('scores')),
  numberField(MARGIN_SPEC, prop('margin')),
  numberField(SCALE_SPEC, prop('scale')),
];

/** The scores with class j's replaced by v. */
export function withScore(s: SvmSoftmaxState, j: number, v: number): Partial<SvmSoftmaxState> {
  return { scores: s.scores.map((x, i) => (i === j ? v : x)) };
}
