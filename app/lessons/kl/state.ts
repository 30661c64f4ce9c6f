import { onSimplex, setShare } from '../../../src/math/lessons/kl';
import type { ParamSpec } from '../../../src/math/types';
import { numberField, numberListField, prop, type LinkField } from '../../state/link';

/** Class names, as many as the distributions have entries (2 to 6). */
export const CLASS_NAMES = ['a', 'b', 'c', 'd', 'e', 'f'] as const;
/** The smallest probability a bar can take: keeps every log finite. */
export const FLOOR = 0.01;
const MAX_CLASSES = CLASS_NAMES.length;
const SUM_SLACK = 1e-4;

export interface KlState {
  /** The target distribution p. */
  readonly p: readonly number[];
  /** The prediction q, over the same classes. */
  readonly q: readonly number[];
  /** Position t on the path q_t = (1 − t)·q + t·p. */
  readonly t: number;
}

export const T_SPEC: ParamSpec = {
  name: 't',
  symbol: 't',
  default: 0,
  range: [0, 1],
  step: 0.01,
  meaning: 'moves the prediction from q (t = 0) straight to p (t = 1)',
};

export const INITIAL: KlState = { p: [0.6, 0.3, 0.08, 0.02], q: [0.1, 0.2, 0.3, 0.4], t: T_SPEC.default };

export const classesOf = (s: KlState) => CLASS_NAMES.slice(0, s.p.length);

/** After p and q are read: the same number of classes, each a distribution (sum 1, every entry ≥ FLOOR). */
const consistent: LinkField<KlState> = {
  keys: () => [],
  read(r, s) {
    let { p, q } = s;
    if (q.length !== p.length) {
      r.note(`p has ${p.length} classes and q ${q.length}; q set to the uniform distribution.`);
      q = p.map(() => 1 / p.length);
    }
    const fit = (name: string, d: readonly number[]) => {
      const total = d.reduce((a, b) => a + b, 0);
      // A link writes six digits per entry, so a written distribution sums to 1 only within about 1e-5. Within
      // SUM_SLACK it is kept as written (so a link reads back to the state it was written from); beyond, scaled.
      if (Math.abs(total - 1) <= SUM_SLACK) return d;
      r.note(`${name} sums to ${String(Number(total.toPrecision(6)))}; scaled to sum to 1.`);
      return onSimplex(d, FLOOR);
    };
    return { ...s, p: fit('p', p), q: fit('q', q) };
  },
  write: () => {},
};

export const FIELDS: readonly LinkField<KlState>[] = [
  numberListField('p', { range: [FLOOR, 1] }, [2, MAX_CLASSES], prop('p')),
  numberListField('q', { range: [FLOOR, 1] }, [2, MAX_CLASSES], prop('q')),
  consistent,
  numberField(T_SPEC, prop('t')),
];

/** The patch that sets entry i of p (or q) to v, keeping it a distribution. */
export function dragged(s: KlState, which: 'p' | 'q', i: number, v: number): Partial<KlState> {
  return { [which]: setShare(s[which], i, v, FLOOR) };
}
