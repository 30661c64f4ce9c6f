import { resizeFrames, CLASSES } from '../../../src/math/lessons/ctc';
import type { ParamSpec } from '../../../src/math/types';
import { choiceField, clampNoted, fmt, numberField, parseNumber, prop, quote, type LinkField } from '../../state/link';

/** Targets to choose from: distinct letters, a doubled letter at the start, a letter met again later, and both. */
export const TARGETS = ['CAB', 'AAB', 'ABA', 'ABBA'] as const;
export type CtcTarget = (typeof TARGETS)[number];

/** The CTC lesson's state: the target word, the number of frames T and the logits, frame by frame (T·4 numbers). */
export interface CtcState {
  readonly target: CtcTarget;
  readonly frames: number;
  readonly z: readonly number[];
}

/** Every target needs at most 5 frames (ABBA: 4 letters and one repeat), so T from 5 up always fits. */
export const FRAMES: ParamSpec = {
  name: 'frames',
  symbol: 'T',
  default: 6,
  range: [5, 10],
  step: 1,
  integer: true,
  meaning: 'number of frames the model emits a symbol for',
};

export const LOGIT_BOUNDS = { range: [-20, 20] as const, step: 0.5 };

/** Frame by frame (ε, A, B, C): the most likely path reads A A ε A B ε, which collapses to AAB. */
export const INITIAL: CtcState = {
  target: 'AAB',
  frames: FRAMES.default,
  z: [0, 2, 0, 0, 1, 1.5, 0, 0, 2, 0, 0, 0, 0, 2, 0.5, 0, 0.5, 0, 2, 0, 1.5, 0, 1, 0],
};

/**
 * The logits as “z1,z2,…”: exactly frames × 4 numbers, frame by frame. A list of the wrong length or with
 * a non-number is ignored with a notice; without one (or after it) the logits are cut or padded with zeros
 * to the frames read before.
 */
const logitsField: LinkField<CtcState> = {
  keys: () => ['z'],
  read(r, s) {
    const fitted = { ...s, z: resizeFrames(s.z, s.frames) };
    const raw = r.one('z');
    if (raw === null) return fitted;
    const parts = raw.split(',').map(parseNumber);
    const want = s.frames * CLASSES;
    if (parts.some((p) => p === undefined) || parts.length !== want) {
      r.note(`z = ${quote(raw)} is not ${want} numbers (${s.frames} frames × ${CLASSES} classes); ignored.`);
      return fitted;
    }
    return { ...s, z: (parts as number[]).map((v) => clampNoted(r, 'z', v, LOGIT_BOUNDS)) };
  },
  write: (s, out) => out.set('z', s.z.map(fmt).join(',')),
};

export const FIELDS: readonly LinkField<CtcState>[] = [
  choiceField('target', TARGETS, prop<CtcState, 'target'>('target')),
  numberField(FRAMES, prop<CtcState, 'frames'>('frames')),
  logitsField,
];
