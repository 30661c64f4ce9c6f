import { getLoss } from '../../src/math/losses';
import type { Axis } from '../../src/math/types';
import { getPreset, presetMatches } from '../presets';
import { makeCodec, quote, type LinkField } from './link';
import { explorerParams, explorerRange } from './explorerFields';
import { ownField } from './ownLink';
import { startCursor } from './axes';
import { AXES, DEFAULT_VIEW, defaultDomain, fillValues, profileOn, type ViewState } from './view';

/**
 * The explorer's link, one list of fields. Example:
 * ?v=2&loss=huber,mse&axis=residual&delta=1.5&x=-4,4&at=2&panels=loss,d
 * Parameters: `name=value` when linked; `name.lossId=value` when set apart (listed in `apart`).
 */
const MAX_LOSSES = 8;

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
    const wanted = rawLoss === null ? s.ids : [...new Set(rawLoss.split(',').filter((x) => x !== ''))];
    const known = wanted.filter((id) => getLoss(id));
    const unknown = wanted.filter((id) => !getLoss(id));
    if (unknown.length) r.note(`Unknown loss ${unknown.map(quote).join(', ')} dropped.`);
    axis ??= known.map((id) => getLoss(id)!.profiles[0]!.axis)[0] ?? s.axis;
    const onAxis = known.filter((id) => profileOn(getLoss(id)!, axis));
    const offAxis = known.filter((id) => !onAxis.includes(id));
    if (offAxis.length) r.note(`${offAxis.join(', ')} cannot be drawn over the ${axis} and was left out.`);
    const ids = onAxis.slice(0, MAX_LOSSES);
    if (onAxis.length > MAX_LOSSES) r.note(`At most ${MAX_LOSSES} curves; the rest were dropped.`);
    if (ids.length === 0) {
      r.note('No drawable loss in the link; showing the default comparison.');
      return { ...s, ids: DEFAULT_VIEW.ids, axis: DEFAULT_VIEW.axis, values: DEFAULT_VIEW.values, preset: DEFAULT_VIEW.preset };
    }
    const xDomain = defaultDomain(ids, axis);
    return { ...s, ids, axis, values: fillValues(ids, {}, s.unlinked), xDomain, cursorX: startCursor(xDomain), preset: undefined };
  },
  write(s, out) {
    out.set('loss', s.ids.join(','));
    out.set('axis', s.axis);
  },
};

/** Read after the losses and values: a preset is kept only while the view is what it claims. */
const preset: LinkField<ViewState> = {
  keys: () => ['preset'],
  read(r, s) {
    const raw = r.one('preset');
    if (raw === null) return s.preset && !samePreset(s.preset, s) ? { ...s, preset: undefined } : s;
    const p = getPreset(raw);
    if (!p) {
      r.note(`Unknown preset ${quote(raw)} ignored.`);
      return { ...s, preset: undefined };
    }
    if (!samePreset(p.id, s)) {
      r.note(`The link's losses, axis or values are not those of the preset “${p.title}”; it is not marked as chosen.`);
      return { ...s, preset: undefined };
    }
    return { ...s, preset: p.id };
  },
  write(s, out) {
    if (s.preset) out.set('preset', s.preset);
  },
};

function samePreset(id: string, s: ViewState): boolean {
  const p = getPreset(id);
  return p !== undefined && presetMatches(p, s.ids, s.axis, s.values);
}

/** The typed losses (own1…own3): registered while read, before the selection names them. */
const own = ownField<ViewState>({
  get: (s) => s.own ?? [],
  set: (s, defs) => {
    // A view without typed losses has no `own` at all, as before they existed.
    const { own: _dropped, ...rest } = s;
    return defs.length ? { ...rest, own: defs } : rest;
  },
});

/**
 * Order matters: the typed losses are registered before the selection names them, the selection decides which
 * parameter keys exist, and the preset is checked against both.
 */
export const explorerCodec = makeCodec<ViewState>('explorer', [own, selection, explorerParams, preset, explorerRange], () => DEFAULT_VIEW);

/** Reads a query string into a valid explorer view; every change made to bad input is described in `notices`. */
export function decodeView(search: string, base: ViewState = DEFAULT_VIEW): { state: ViewState; notices: string[] } {
  return explorerCodec.decode(search, base);
}

/** The query string (with leading “?”) that reproduces `s`. */
export function encodeView(s: ViewState): string {
  return explorerCodec.encode(s);
}
