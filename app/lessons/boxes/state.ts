import { BOX_LOSS_IDS, type Box, type BoxLossId } from '../../../src/math/lessons/boxes';
import { choiceField, clampNoted, fmt, parseNumber, quote, type Lens, type LinkField } from '../../state/link';

/** Everything a learner can change in the Boxes lesson; all of it is in the link. */
export interface BoxesState {
  /** The box being fitted, (x1, y1, x2, y2) in image coordinates: y grows downwards. */
  readonly pred: Box;
  readonly target: Box;
  /** Whose descent direction the arrows on the predicted box show. */
  readonly arrows: BoxLossId;
}

/** The plane both boxes live on, in both coordinates. */
export const PLANE: readonly [number, number] = [0, 10];
/** The narrowest a box may get, so that it stays a box and its handles stay apart. */
export const MIN_SIDE = 0.2;

export const TARGET: Box = [3, 3.5, 6, 5.5];
/** Example positions of the predicted box, one button each. */
export const EXAMPLES: readonly { readonly label: string; readonly pred: Box }[] = [
  { label: 'Overlap them', pred: [4, 4, 7, 6.5] },
  { label: 'Set them apart', pred: [7, 3.7, 9.5, 5.7] },
  { label: 'Put it inside', pred: [3.4, 3.9, 4.8, 5] },
  { label: 'Same centre, other shape', pred: [3.75, 3, 5.25, 6] },
];

export const INITIAL: BoxesState = { pred: EXAMPLES[0]!.pred, target: TARGET, arrows: 'giou' };

/** Whether four numbers make a box on the plane at least MIN_SIDE wide and tall. */
export const isBox = (b: readonly number[]): boolean => b[2]! - b[0]! >= MIN_SIDE - 1e-9 && b[3]! - b[1]! >= MIN_SIDE - 1e-9;

/**
 * A box as “x1,y1,x2,y2”: four numbers, each clamped to the plane with a notice; a value that is not four
 * numbers, or that is not a box at least MIN_SIDE on each side once clamped, is ignored with a notice.
 */
function boxField(key: string, lens: Lens<BoxesState, Box>): LinkField<BoxesState> {
  return {
    keys: () => [key],
    read(r, s) {
      const raw = r.one(key);
      if (raw === null) return s;
      const parts = raw.split(',').map(parseNumber);
      if (parts.length !== 4 || parts.some((p) => p === undefined)) {
        r.note(`${key} = ${quote(raw)} is not four numbers “x1,y1,x2,y2”; ignored.`);
        return s;
      }
      const b = (parts as number[]).map((v) => clampNoted(r, key, v, { range: PLANE }));
      if (!isBox(b)) {
        r.note(`${key} = ${quote(raw)} is not a box with x1 < x2 and y1 < y2, each side at least ${fmt(MIN_SIDE)}; ignored.`);
        return s;
      }
      return lens.set(s, [b[0]!, b[1]!, b[2]!, b[3]!]);
    },
    write: (s, out) => out.set(key, lens.get(s).map(fmt).join(',')),
  };
}

const boxLens = (key: 'pred' | 'target'): Lens<BoxesState, Box> => ({ get: (s) => s[key], set: (s, v) => ({ ...s, [key]: v }) });

export const FIELDS: readonly LinkField<BoxesState>[] = [
  boxField('pred', boxLens('pred')),
  boxField('target', boxLens('target')),
  choiceField('arrows', BOX_LOSS_IDS, { get: (s) => s.arrows, set: (s, arrows) => ({ ...s, arrows }) }),
];
