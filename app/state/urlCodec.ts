import { isValidRange } from '../../src/components/charts/xRange';
import { getLoss } from '../../src/math/losses';
import type { Axis } from '../../src/math/types';
import { getPreset, presetMatches } from '../presets';
import { fmt, makeCodec, parseNumber, quote, type LinkField } from './link';
import { paramsField } from './paramsField';
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
    return { ...s, ids, axis, values: fillValues(ids, {}, s.unlinked), xDomain: defaultDomain(ids, axis), preset: undefined };
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

/** Order matters: the selection decides which parameter keys exist, and the preset is checked against both. */
export const explorerCodec = makeCodec<ViewState>('explorer', [selection, params, preset, range], () => DEFAULT_VIEW);

/** Reads a query string into a valid explorer view; every change made to bad input is described in `notices`. */
export function decodeView(search: string, base: ViewState = DEFAULT_VIEW): { state: ViewState; notices: string[] } {
  return explorerCodec.decode(search, base);
}

/** The query string (with leading “?”) that reproduces `s`. */
export function encodeView(s: ViewState): string {
  return explorerCodec.encode(s);
}
