import { clampNoted, fmt, numberField, numberListField, pairField, parseNumber, prop, quote, type LinkField } from '../../state/link';
import { PLANE_BOX, type Point } from '../../../src/math/lessons/metric';
import type { ParamSpec } from '../../../src/math/types';

/** Everything a learner can change in the metric lesson; all of it is in the link. */
export interface MetricState {
  /** The plane (triplet and contrastive steps). */
  readonly anchor: Point;
  readonly positive: Point;
  readonly negatives: readonly Point[];
  readonly margin: number;
  /** The unit circle (InfoNCE and ArcFace steps): angles in degrees. */
  readonly qa: number;
  readonly qp: number;
  readonly qn: readonly number[];
  readonly tau: number;
  readonly s: number;
  readonly m: number;
}

export const MAX_PLANE_NEGATIVES = 6;
export const MAX_CIRCLE_NEGATIVES = 12;

export const MARGIN: ParamSpec = {
  name: 'margin',
  symbol: 'm',
  default: 1,
  range: [0, 3],
  step: 0.05,
  meaning: 'triplet: how much farther than the positive a negative must be; contrastive: how far a dissimilar pair must be',
};
export const TAU: ParamSpec = {
  name: 'tau',
  symbol: '\\tau',
  default: 0.5,
  range: [0.02, 2],
  step: 0.01,
  scale: 'log',
  meaning: 'temperature: divides every similarity before the softmax',
};
export const SCALE: ParamSpec = { name: 's', symbol: 's', default: 10, range: [1, 64], step: 1, meaning: 'scale: multiplies every cosine before the softmax' };
export const ANGLE_MARGIN: ParamSpec = {
  name: 'm',
  symbol: 'm',
  default: 0.5,
  range: [0, 1],
  step: 0.01,
  meaning: 'angular margin in radians, added to the angle between the feature and its own class centre',
};
const ANGLE = { range: [-180, 180] as const, integer: true };
const angleSpec = (name: string, d: number): ParamSpec => ({ name, symbol: '\\theta', default: d, range: ANGLE.range, step: 1, integer: true, meaning: 'angle in degrees' });

export const INITIAL: MetricState = {
  anchor: [-0.5, 0],
  positive: [0.5, 0],
  negatives: [
    [-0.5, 0.8],
    [-1.8, 0.6],
    [1, -2],
  ],
  margin: MARGIN.default,
  qa: 0,
  qp: 30,
  qn: [70, 140, -100, -160],
  tau: TAU.default,
  s: SCALE.default,
  m: ANGLE_MARGIN.default,
};

const pointLens = (key: 'anchor' | 'positive') => ({
  get: (s: MetricState) => s[key],
  set: (s: MetricState, v: readonly [number, number] | undefined) => (v ? { ...s, [key]: v } : s),
});

/** The plane's negatives as “x1,y1,x2,y2,…”: 1 to MAX_PLANE_NEGATIVES points held to PLANE_BOX. */
const negativesField: LinkField<MetricState> = {
  keys: () => ['neg'],
  read(r, s) {
    const raw = r.one('neg');
    if (raw === null) return s;
    const parts = raw.split(',').map(parseNumber);
    const n = parts.length / 2;
    if (parts.some((p) => p === undefined) || !Number.isInteger(n) || n < 1 || n > MAX_PLANE_NEGATIVES) {
      r.note(`neg = ${quote(raw)} is not 1 to ${MAX_PLANE_NEGATIVES} “x,y” points; ignored.`);
      return s;
    }
    const b = { range: PLANE_BOX };
    const v = (parts as number[]).map((x) => clampNoted(r, 'neg', x, b));
    return { ...s, negatives: Array.from({ length: n }, (_, i): Point => [v[2 * i]!, v[2 * i + 1]!]) };
  },
  write: (s, out) => out.set('neg', s.negatives.flat().map(fmt).join(',')),
};

export const FIELDS: readonly LinkField<MetricState>[] = [
  pairField('anchor', PLANE_BOX, pointLens('anchor')),
  pairField('positive', PLANE_BOX, pointLens('positive')),
  negativesField,
  numberField(MARGIN, prop('margin'), { flags: { shownInLesson: true } }),
  numberField(angleSpec('qa', INITIAL.qa), prop('qa')),
  numberField(angleSpec('qp', INITIAL.qp), prop('qp')),
  numberListField('qn', ANGLE, [1, MAX_CIRCLE_NEGATIVES], prop('qn')),
  numberField(TAU, prop('tau'), { flags: { shownInLesson: true } }),
  numberField(SCALE, prop('s'), { flags: { shownInLesson: true } }),
  numberField(ANGLE_MARGIN, prop('m'), { flags: { shownInLesson: true } }),
];
