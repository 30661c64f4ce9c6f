import type { ParamSpec } from '../../../src/math/types';
import { numberField, numberListField, choiceField, prop, type LinkField } from '../../state/link';

/** Everything a learner can change in the output-units lesson; all of it travels in the link. */
export interface OutputUnitsState {
  /** The cursor logit (for the multi-label step, the first label's logit). */
  readonly z: number;
  /** The regression target y of the linear unit. */
  readonly target: number;
  /** The Gaussian noise standard deviation. */
  readonly sigma: number;
  /** The binary label of the sigmoid unit. */
  readonly y: '0' | '1';
  /** Classes of the softmax unit. */
  readonly classes: number;
  /** Which of the three labels are present (1) or not (0), multi-label step. */
  readonly labels: readonly number[];
  /** The logits of labels 2 and 3, multi-label step. */
  readonly others: readonly number[];
}

export const DOMAIN = [-10, 10] as const;

export const Z: ParamSpec = { name: 'z', symbol: 'z', default: 1, range: DOMAIN, step: 0.01, meaning: 'The logit at the cursor.' };
export const TARGET: ParamSpec = {
  name: 'target',
  symbol: 'y',
  default: 3,
  range: [-3, 4],
  step: 0.1,
  meaning: 'The regression target; a sigmoid output cannot leave (0, 1).',
};
export const SIGMA: ParamSpec = {
  name: 'sigma',
  symbol: '\\sigma',
  default: 1,
  range: [0.25, 4],
  step: 0.05,
  meaning: 'The Gaussian noise standard deviation: it scales the squared error by 1/σ² and shifts the NLL by log σ.',
};
export const CLASSES: ParamSpec = {
  name: 'classes',
  symbol: 'K',
  default: 3,
  range: [2, 10],
  step: 1,
  integer: true,
  meaning: 'Mutually exclusive classes; the other logits stay at 0.',
};
export const OTHER_LOGITS: readonly ParamSpec[] = [2, 3].map((k) => ({
  name: `z${k}`,
  symbol: `z_${k}`,
  default: 0,
  range: DOMAIN,
  step: 0.1,
  meaning: `The logit of label ${k}.`,
}));

export const LABEL_VALUES = ['0', '1'] as const;

export const INITIAL: OutputUnitsState = {
  z: Z.default,
  target: TARGET.default,
  sigma: SIGMA.default,
  y: '1',
  classes: CLASSES.default,
  labels: [1, 1, 0],
  others: [1, -1],
};

export const FIELDS: readonly LinkField<OutputUnitsState>[] = [
  numberField(Z, prop('z')),
  numberField(TARGET, prop('target')),
  numberField(SIGMA, prop('sigma')),
  choiceField('y', LABEL_VALUES, prop('y')),
  numberField(CLASSES, prop('classes')),
  numberListField('labels', { range: [0, 1], integer: true }, [3, 3], prop('labels')),
  numberListField('others', { range: DOMAIN }, [2, 2], prop('others')),
];

export const binary = (v: number | string): 0 | 1 => (Number(v) === 1 ? 1 : 0);
export const snapZ = (z: number): number => Math.round(z * 100) / 100;
