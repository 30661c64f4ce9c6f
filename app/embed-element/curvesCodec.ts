import { isValidRange } from '../../src/components/charts/xRange';
import { getLoss } from '../../src/math/losses';
import type { Axis, LossSpec, Profile } from '../../src/math/types';
import { fmt, makeCodec, parseNumber, quote, type LinkField } from '../state/link';
import { paramsField } from '../state/paramsField';
import type { ViewState } from '../state/view';

/**
 * The explorer's link fields, read and written as app/state/urlCodec.ts does, for the embeddable
 * element: the same keys, bounds and notices (curvesCodec.test.ts decodes what this writes with the
 * app's own codec). Kept apart from urlCodec because that one also reads presets, whose text the
 * element does not carry, and it falls back to the app's default comparison, not to one loss.
 */
const AXES: readonly Axis[] = ['residual', 'margin', 'logit', 'probability', 'distance', 'similarity', 'weight'];
const MAX_LOSSES = 8;
const FALLBACK = 'huber';

/** Where the cursor starts: three quarters along the range (past Huber's δ, on a hinge's flat side), as a link writes it. */
const startCursor = ([lo, hi]: readonly [number, number]) => Number((lo + 0.75 * (hi - lo)).toPrecision(6));

export const profileOn = (spec: LossSpec, axis: Axis): Profile | undefined => spec.profiles.find((p) => p.axis === axis);

/** One loss drawn with its parameters' defaults over its first profile. */
export function singleLossView(id: string): ViewState {
  const spec = getLoss(id)!;
  const profile = spec.profiles[0]!;
  const row: Record<string, number | string> = {};
  for (const p of spec.params) row[p.name] = p.default;
  for (const o of spec.options ?? []) row[o.name] = o.default;
  return {
    ids: [id],
    axis: profile.axis,
    values: { [id]: row },
    unlinked: [],
    panels: { derivative: true, weight: false },
    xDomain: profile.domain,
    cursorX: startCursor(profile.domain),
  };
}

/** Every parameter and option of `ids` at its default; a name shared by two losses starts at the first one's. */
function defaults(ids: readonly string[]): ViewState['values'] {
  const out: Record<string, Record<string, number | string>> = {};
  const shared: Record<string, number | string> = {};
  for (const id of ids) {
    const spec = getLoss(id)!;
    const row: Record<string, number | string> = {};
    for (const p of [...spec.params, ...(spec.options ?? [])]) row[p.name] = shared[p.name] ??= p.default;
    out[id] = row;
  }
  return out;
}

const selection: LinkField<ViewState> = {
  keys: () => ['loss', 'axis'],
  read(r, s) {
    const rawLoss = r.one('loss');
    const rawAxis = r.one('axis');
    if (rawLoss === null && rawAxis === null) return s;
    let axis: Axis | undefined;
    if (rawAxis !== null) {
      if ((AXES as readonly string[]).includes(rawAxis)) axis = rawAxis as Axis;
      else r.note(`Unknown axis ${quote(rawAxis)} ignored.`);
    }
    const wanted = rawLoss === null ? s.ids : [...new Set(rawLoss.split(',').map((x) => x.trim()).filter((x) => x !== ''))];
    const unknown = wanted.filter((id) => !getLoss(id));
    if (unknown.length) r.note(`Unknown loss ${unknown.map(quote).join(', ')} dropped.`);
    const known = wanted.filter((id) => getLoss(id));
    axis ??= known.map((id) => getLoss(id)!.profiles[0]!.axis)[0] ?? s.axis;
    const onAxis = known.filter((id) => profileOn(getLoss(id)!, axis));
    const offAxis = known.filter((id) => !onAxis.includes(id));
    if (offAxis.length) r.note(`${offAxis.join(', ')} cannot be drawn over the ${axis} and was left out.`);
    const ids = onAxis.slice(0, MAX_LOSSES);
    if (onAxis.length > MAX_LOSSES) r.note(`At most ${MAX_LOSSES} curves; the rest were dropped.`);
    if (ids.length === 0) {
      r.note(`No loss to draw; showing ${getLoss(FALLBACK)!.title}.`);
      return singleLossView(FALLBACK);
    }
    const domain = profileOn(getLoss(ids[0]!)!, axis)!.domain;
    return { ...s, ids, axis, values: defaults(ids), xDomain: domain, cursorX: startCursor(domain) };
  },
  write(s, out) {
    out.set('loss', s.ids.join(','));
    out.set('axis', s.axis);
  },
};

const params = paramsField<ViewState>({
  ids: (s) => s.ids,
  values: (s) => s.values,
  unlinked: (s) => s.unlinked,
  set: (s, values, unlinked) => ({ ...s, values, unlinked }),
  options: true,
});

const range: LinkField<ViewState> = {
  keys: () => ['x', 'at', 'panels'],
  read(r, s) {
    let next = s;
    const rawX = r.one('x');
    if (rawX !== null) {
      const parts = rawX.split(',').map(parseNumber);
      const [lo, hi] = parts;
      if (parts.length === 2 && lo !== undefined && hi !== undefined && isValidRange([lo, hi])) next = { ...next, xDomain: [lo, hi] };
      else r.note(`x-range ${quote(rawX)} is not a usable “from,to” pair; kept ${next.xDomain.map(fmt).join(' to ')}.`);
    }
    const rawAt = r.one('at');
    const at = rawAt === null ? undefined : parseNumber(rawAt);
    if (rawAt !== null && at === undefined) r.note(`Cursor ${quote(rawAt)} is not a number; ignored.`);
    const cursor = at ?? next.cursorX;
    next = { ...next, cursorX: Math.min(next.xDomain[1], Math.max(next.xDomain[0], cursor)) };
    const rawPanels = r.one('panels');
    if (rawPanels !== null) {
      const ps = rawPanels.split(',');
      const bad = ps.filter((p) => !['loss', 'd', 'w', ''].includes(p));
      if (bad.length) r.note(`Unknown panel ${bad.map(quote).join(', ')} ignored.`);
      next = { ...next, panels: { derivative: ps.includes('d'), weight: ps.includes('w') } };
    }
    return next;
  },
  write(s, out) {
    out.set('x', s.xDomain.map(fmt).join(','));
    out.set('at', fmt(s.cursorX));
    out.set('panels', ['loss', ...(s.panels.derivative ? ['d'] : []), ...(s.panels.weight ? ['w'] : [])].join(','));
  },
};

/** The element's view ↔ the app's explorer link (`?v=2&loss=huber&delta=1.5&x=-4,4&at=1&panels=loss,d`). */
export const curvesCodec = makeCodec<ViewState>('explorer', [selection, params, range], () => singleLossView(FALLBACK));
