import { getLoss } from '../../../src/math/losses';
import type { ParamSpec } from '../../../src/math/types';
import { numberField, numberListField, prop, type LinkField } from '../../state/link';
import { DOMAIN, MAX_POINTS } from './kinds';

/** Everything a learner changes in the lesson; all of it travels in the link. */
export interface EstimateState {
  /** The sample y₁ … yₙ (1 to MAX_POINTS values in DOMAIN). */
  readonly ys: readonly number[];
  readonly tau: number;
  readonly delta: number;
  /** The learner's own guess: one constant prediction c for every point. */
  readonly c: number;
}

const paramOf = (loss: string, name: string): ParamSpec => {
  const spec = getLoss(loss)?.params.find((p) => p.name === name);
  if (!spec) throw new Error(`the ${loss} loss has no parameter ${name}`);
  return spec;
};
/** The registry's own τ and δ: the same names, ranges and meanings as in the explorer. */
export const TAU_SPEC = paramOf('quantile', 'tau');
export const DELTA_SPEC = paramOf('huber', 'delta');

export const GUESS_SPEC: ParamSpec = {
  name: 'c',
  symbol: 'c',
  default: 5,
  range: DOMAIN,
  step: 0.05,
  meaning: 'your guess: one prediction c for every point; the table shows its mean loss',
};

export const INITIAL: EstimateState = { ys: [0.4, 1.1, 1.6, 2.2, 2.9, 3.3, 8], tau: 0.9, delta: 1, c: GUESS_SPEC.default };

export const FIELDS: readonly LinkField<EstimateState>[] = [
  numberListField('y', { range: DOMAIN }, [1, MAX_POINTS], prop('ys')),
  numberField(TAU_SPEC, prop('tau')),
  numberField(DELTA_SPEC, prop('delta')),
  numberField(GUESS_SPEC, prop('c')),
];
