import { isValidRange } from '../../src/components/charts/xRange';
import { fmt, parseNumber, quote, type LinkField } from './link';
import { paramsField } from './paramsField';
import type { ViewState } from './view';

/**
 * The explorer's link fields that the app's codec (urlCodec.ts) and the embeddable element's
 * (app/embed-element/curvesCodec.ts) share: the parameters, and the x-range, cursor and panels.
 */
export const explorerParams = paramsField<ViewState>({
  ids: (s) => s.ids,
  values: (s) => s.values,
  unlinked: (s) => s.unlinked,
  set: (s, values, unlinked) => ({ ...s, values, unlinked }),
  options: true,
});

/** `x`, `at` and `panels`. */
export const explorerRange: LinkField<ViewState> = {
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
