import { getLoss } from '../../src/math/losses';
import type { Axis } from '../../src/math/types';
import { makeCodec, quote, type LinkField } from '../state/link';
import { AXES, profileOn, startCursor } from '../state/axes';
import { explorerParams, explorerRange } from '../state/explorerFields';
import type { ViewState } from '../state/view';

/**
 * The explorer's link for the embeddable element: the app's own parameter and range fields
 * (app/state/explorerFields.ts), with a selection of its own. urlCodec's selection falls back to the
 * app's default comparison and its codec reads presets, whose text the element does not carry; this
 * one falls back to one loss (curvesCodec.test.ts decodes what it writes with the app's codec).
 */
const MAX_LOSSES = 8;
const FALLBACK = 'huber';

/** Where the cursor starts: three quarters along the range (past Huber's δ, on a hinge's flat side), as a link writes it. */

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

/** The element's view ↔ the app's explorer link (`?v=2&loss=huber&delta=1.5&x=-4,4&at=1&panels=loss,d`). */
export const curvesCodec = makeCodec<ViewState>('explorer', [selection, explorerParams, explorerRange], () => singleLossView(FALLBACK));
