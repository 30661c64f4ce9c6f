import { CATALOG_MANIFEST, LOSSES } from '../../src/math/losses';
import { quote } from '../state/link';
import type { ViewState } from '../state/view';
import { curvesCodec } from './curvesCodec';

/**
 * The attributes of `<loss-atlas-curves>` are the explorer's link under the names an author expects:
 * they are turned into a link query and read by the app's own codec, so a value is clamped, dropped or
 * kept exactly as the app would do with the same link, and the notices say what changed.
 */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** Panel words of the element (`panels="value,derivative,weight"`) → the link's short ones. */
const PANEL_WORDS: Readonly<Record<string, string>> = { value: 'loss', derivative: 'd', weight: 'w' };

/** The element's own attributes; every other one it reads is a loss parameter. */
export const OWN_ATTRIBUTES = ['loss', 'axis', 'apart', 'controls', 'panels', 'x-range', 'at', 'theme', 'formula', 'app-url'] as const;

/** Parameter and option names by loss id: the registry's first losses and the catalog chunk's (by its manifest). */
const NAMES: readonly (readonly [string, readonly string[]])[] = [
  ...LOSSES.map((l) => [l.id, [...l.params, ...(l.options ?? [])].map((p) => p.name)] as const),
  ...Object.entries(CATALOG_MANIFEST),
];

/** Every parameter and option name of the registry, and each `name.lossId` (a value set apart for one loss). */
export const PARAM_ATTRIBUTES: readonly string[] = [
  ...new Set(NAMES.flatMap(([, names]) => names)),
  ...NAMES.flatMap(([id, names]) => names.map((n) => `${n}.${id}`)),
];
const PARAMS = new Set(PARAM_ATTRIBUTES);

/** What the attributes mean, after validation. */
export interface CurvesConfig {
  readonly view: ViewState;
  /** Parameter names that get a slider; undefined: all of the drawn losses'. */
  readonly controls?: readonly string[];
  readonly theme: Theme;
  readonly formula: boolean;
  /** One line per attribute value that was bad and what was done instead. */
  readonly notices: readonly string[];
}

/** The explorer link the attributes stand for, as a query string (what the codec reads). */
export function linkQuery(attrs: Readonly<Record<string, string>>): string {
  const q = new URLSearchParams({ v: '2' });
  const set = (key: string, attr: string) => {
    const v = attrs[attr];
    if (v !== undefined) q.set(key, v.trim());
  };
  set('loss', 'loss');
  set('axis', 'axis');
  set('apart', 'apart');
  for (const [name, v] of Object.entries(attrs)) if (PARAMS.has(name)) q.set(name, v.trim());
  set('x', 'x-range');
  set('at', 'at');
  const rawPanels = attrs.panels;
  q.set('panels', rawPanels === undefined ? 'loss,d' : panelKeys(rawPanels));
  return q.toString();
}

/** Reads attributes (name → value, as `getAttribute` gives them) into a valid configuration. */
export function readAttributes(attrs: Readonly<Record<string, string>>): CurvesConfig {
  const decoded = curvesCodec.decode(linkQuery(attrs));
  // The codec's notice for a stray key speaks of views; the element's are parameters of the losses.
  const notices = decoded.notices.map((n) => n.replace(': not a setting of this view.', ': not a parameter of these losses.'));
  const view = decoded.state;

  const theme = attrs.theme?.trim() ?? 'auto';
  if (!(THEMES as readonly string[]).includes(theme)) notices.push(`theme = ${quote(theme)} is not one of ${THEMES.join(', ')}; kept auto.`);

  let controls: string[] | undefined;
  if (attrs.controls !== undefined) {
    const names = new Set(view.ids.flatMap((id) => Object.keys(view.values[id] ?? {})));
    const listed = [...new Set(attrs.controls.split(',').map((c) => c.trim()).filter((c) => c !== ''))];
    const unknown = listed.filter((c) => !names.has(c));
    if (unknown.length) notices.push(`controls: ${unknown.map(quote).join(', ')} is not a parameter of these losses; ignored.`);
    controls = listed.filter((c) => names.has(c));
  }
  return {
    view,
    controls,
    theme: (THEMES as readonly string[]).includes(theme) ? (theme as Theme) : 'auto',
    formula: attrs.formula !== undefined && attrs.formula !== 'false',
    notices,
  };
}

/** `value,derivative` → `loss,d`; unknown words pass through for the codec to name in its notice. */
function panelKeys(raw: string): string {
  return raw
    .split(',')
    .map((w) => w.trim())
    .map((w) => PANEL_WORDS[w] ?? w)
    .join(',');
}

/** The app's address of exactly this view: `app` is where the app is served (ends in `/`). */
export function appLink(app: string, view: ViewState): string {
  return new URL(curvesCodec.encode(view), app).href;
}

/** Parameter values as the link writes them (a set-apart one as `name.lossId`), for the change event. */
export function linkParams(view: ViewState): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  const structural = new Set(['v', 'view', 'loss', 'axis', 'x', 'at', 'panels', 'preset', 'apart']);
  for (const [k, v] of new URLSearchParams(curvesCodec.encode(view))) {
    if (structural.has(k)) continue;
    const n = Number(v);
    out[k] = v !== '' && Number.isFinite(n) ? n : v;
  }
  return out;
}
