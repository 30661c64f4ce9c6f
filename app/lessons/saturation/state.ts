import type { ParamSpec } from '../../../src/math/types';
import { GRID_DOMAIN } from '../../../src/math/lessons/saturation';
import { choiceField, numberField, prop, type LinkField } from '../../state/link';

/** Everything a learner can change in the saturation lesson; all of it travels in the link. */
export interface SaturationState {
  /** The cursor logit of the curve figures. */
  readonly z: number;
  /** The binary label, as the link writes it. */
  readonly y: '0' | '1';
  /** Number of classes of the softmax figure. */
  readonly classes: number;
  /** The extreme logit of the precision table. */
  readonly zx: number;
  /** Whether the sigmoid figure also draws the linear unit (its scale dwarfs the other two). */
  readonly linear: 'hide' | 'show';
}

export const Z: ParamSpec = {
  name: 'z',
  symbol: 'z',
  default: -8,
  range: GRID_DOMAIN,
  step: 0.01,
  meaning: 'The logit at the cursor.',
};

export const CLASSES: ParamSpec = {
  name: 'classes',
  symbol: 'K',
  default: 3,
  range: [2, 10],
  step: 1,
  integer: true,
  meaning: 'How many classes the softmax spreads its probability over; the other logits stay at 0.',
};

export const ZX: ParamSpec = {
  name: 'zx',
  symbol: 'z',
  default: -100,
  range: [-1000, 1000],
  step: 1,
  meaning: 'A logit far from 0, where σ(z) rounds to exactly 0 or 1.',
};

export const LABELS = ['0', '1'] as const;

export const INITIAL: SaturationState = { z: Z.default, y: '1', classes: CLASSES.default, zx: ZX.default, linear: 'hide' };

export const FIELDS: readonly LinkField<SaturationState>[] = [
  numberField(Z, prop('z')),
  choiceField('y', LABELS, prop('y')),
  numberField(CLASSES, prop('classes')),
  numberField(ZX, prop('zx')),
  choiceField('linear', ['hide', 'show'] as const, prop('linear')),
];

export const label = (s: SaturationState): 0 | 1 => (s.y === '1' ? 1 : 0);

/** Cursor positions are kept to 1/100 so the link stays short and round-trips exactly. */
export const snapZ = (z: number): number => Math.round(z * 100) / 100;
