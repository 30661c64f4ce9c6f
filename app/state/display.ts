import { DISPLAY_KEYS, linkReader, quote, type LinkReader } from './link';

export { DISPLAY_KEYS };

/**
 * How the page presents whatever view it shows, read from every view's link alike:
 * - 'app': the whole app, header and navigation;
 * - 'present' (`present=1`): the figure fills the screen in the projector palette, with the controls the
 *   view needs;
 * - 'embed' (`embed=1`): the figure alone with the controls named by `controls=`, for an iframe.
 */
export type DisplayMode = 'app' | 'present' | 'embed';

export interface Display {
  readonly mode: DisplayMode;
  /**
   * In an embed, the controls shown, by name (a parameter's PyTorch name, or a view's control name such
   * as `loss` or `panels`); every other control is hidden and its value kept. Absent: the view's default
   * set. Kept across modes so that leaving presenter mode and coming back keeps the embed's choice.
   */
  readonly controls?: readonly string[];
}

export const APP_DISPLAY: Display = { mode: 'app' };

/** A control name: lower case, digits, `_`, and `.` for a parameter set apart (`margin.hinge`). */
const CONTROL_NAME = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?$/;
const MAX_CONTROLS = 24;

function flag(r: LinkReader, key: string): boolean {
  const raw = r.one(key);
  if (raw === null) return false;
  if (raw === '1' || raw === 'true' || raw === '') return true;
  if (raw !== '0' && raw !== 'false') r.note(`${key} = ${quote(raw)} is not 1 or 0; read as 0.`);
  return false;
}

/** Reads the display from a link; a bad value is dropped with a notice, as every link field is. */
export function readDisplay(search: string): { display: Display; notices: string[] } {
  // Only the display keys: the view's codec reads the rest and says what is wrong with it (the version too).
  const own = new URLSearchParams();
  for (const [k, v] of new URLSearchParams(search)) if (DISPLAY_KEYS.includes(k)) own.append(k, v);
  const r = linkReader(own.toString());
  const present = flag(r, 'present');
  const embed = flag(r, 'embed');
  if (present && embed) r.note('A link cannot both present and embed; showing the embed.');
  const mode: DisplayMode = embed ? 'embed' : present ? 'present' : 'app';
  const raw = r.one('controls');
  let controls: string[] | undefined;
  if (raw !== null) {
    const names = raw.split(',').map((s) => s.trim()).filter((s) => s !== '');
    const bad = names.filter((n) => !CONTROL_NAME.test(n));
    if (bad.length) r.note(`controls: ${bad.map(quote).join(', ')} ${bad.length === 1 ? 'is not a control name' : 'are not control names'}; left out.`);
    controls = [...new Set(names.filter((n) => CONTROL_NAME.test(n)))];
    if (controls.length > MAX_CONTROLS) {
      r.note(`controls: only the first ${MAX_CONTROLS} names are read.`);
      controls = controls.slice(0, MAX_CONTROLS);
    }
    if (mode !== 'embed' && controls.length) r.note('controls = … applies to an embed (embed=1); kept for it.');
  }
  return { display: controls === undefined ? { mode } : { mode, controls }, notices: [...r.notices] };
}

/**
 * Appends the display's keys to a view's query string (with its leading “?”). The view's part is kept
 * as written (a lesson's address not read yet stays as it came), only display keys in it are replaced.
 */
export function withDisplay(query: string, d: Display): string {
  const own = query
    .replace(/^\?/, '')
    .split('&')
    .filter((p) => p !== '' && !DISPLAY_KEYS.includes(decodeURIComponent(p.split('=')[0]!)));
  const extra = new URLSearchParams();
  if (d.mode === 'present') extra.set('present', '1');
  if (d.mode === 'embed') extra.set('embed', '1');
  if (d.controls !== undefined) extra.set('controls', d.controls.join(','));
  const tail = extra.toString().replaceAll('%2C', ',');
  return `?${[...own, ...(tail ? [tail] : [])].join('&')}`;
}

/** Whether a control is on screen: always outside an embed; in an embed, when `controls=` names it (or names nothing and the view shows it by default). */
export function controlShown(d: Display, name: string, shownByDefault = false): boolean {
  if (d.mode !== 'embed') return true;
  return d.controls === undefined ? shownByDefault : d.controls.includes(name);
}

export function sameDisplay(a: Display, b: Display): boolean {
  return a.mode === b.mode && (a.controls ?? null)?.join(',') === (b.controls ?? null)?.join(',');
}
