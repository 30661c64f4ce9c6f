import { isValidRange } from '../../src/components/charts/xRange';
import { getLoss } from '../../src/math/losses';
import type { Axis } from '../../src/math/types';
import { clamp } from '../../src/math/numerics';
import { AXES, DEFAULT_VIEW, defaultDomain, fillValues, profileOn, type ViewState } from './view';

/**
 * The link format, declared once. Each field reads its part of the query string into a
 * ViewState (clamping or dropping what is bad, with a notice) and writes it back.
 * Example: ?v=1&loss=huber,mse&axis=residual&delta=1.5&x=-4,4&at=2&panels=d
 * Parameters: `name=value` when linked; `name.lossId=value` when set apart (listed in `apart`).
 */
export const LINK_VERSION = 1;
const MAX_RAW = 40;
const MAX_LOSSES = 8;

/** Quotes a raw link value for a notice: short, and only ever shown as text. */
export function quote(raw: string): string {
  const s = raw.length > MAX_RAW ? `${raw.slice(0, MAX_RAW)}…` : raw;
  return `“${s}”`;
}

/** A number for a link: at most 6 significant digits, no exponent surprises. */
export function fmt(v: number): string {
  return String(Number(v.toPrecision(6)));
}

function parseNum(raw: string): number | undefined {
  if (!/^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(raw)) return undefined;
  const v = Number(raw);
  return Number.isFinite(v) ? v : undefined;
}

/** What a codec field reads through: the query, and the notices it adds to. */
export interface LinkReader {
  readonly q: URLSearchParams;
  readonly notices: string[];
  /** The first value of `key`; a duplicated key is noted and its later copies ignored. */
  one(key: string): string | null;
}
type Ctx = LinkReader;

/** A reader over `search`; shared by every view's codec. */
export function linkReader(search: string): LinkReader {
  const q = new URLSearchParams(search);
  const notices: string[] = [];
  const dupes = new Set<string>();
  return {
    q,
    notices,
    one(key) {
      const all = q.getAll(key);
      if (all.length > 1 && !dupes.has(key)) {
        dupes.add(key);
        notices.push(`“${key}” appears ${all.length} times; the first is used.`);
      }
      return all[0] ?? null;
    },
  };
}

/** Keys in the query that no field of the view reads, as one notice. */
export function strayNotice(q: URLSearchParams, known: ReadonlySet<string>): string | undefined {
  const stray = [...new Set(q.keys())].filter((k) => !known.has(k));
  return stray.length ? `Ignored ${stray.map(quote).join(', ')}: not a setting of this view.` : undefined;
}

interface Field {
  readonly keys: (s: ViewState) => readonly string[];
  read(ctx: Ctx, s: ViewState): ViewState;
  write(s: ViewState, out: URLSearchParams): void;
}

const view: Field = {
  keys: () => ['view'],
  read(ctx, s) {
    const raw = ctx.one('view');
    if (raw === null) return s;
    if (raw === 'explorer' || raw === 'gpu-check' || raw === 'surface') return { ...s, view: raw };
    ctx.notices.push(`Unknown view ${quote(raw)}; showing the curve explorer.`);
    return s;
  },
  write(s, out) {
    if (s.view !== 'explorer') out.set('view', s.view);
  },
};

const selection: Field = {
  keys: () => ['loss', 'axis', 'preset'],
  read(ctx, s) {
    const rawLoss = ctx.one('loss');
    const rawAxis = ctx.one('axis');
    if (rawLoss === null && rawAxis === null) return s;
    let axis: Axis | undefined;
    if (rawAxis !== null) {
      if ((AXES as readonly string[]).includes(rawAxis)) axis = rawAxis as Axis;
      else ctx.notices.push(`Unknown axis ${quote(rawAxis)} ignored.`);
    }
    const wanted = rawLoss === null ? s.ids : [...new Set(rawLoss.split(',').filter((x) => x !== ''))];
    const known = wanted.filter((id) => getLoss(id));
    const unknown = wanted.filter((id) => !getLoss(id));
    if (unknown.length) ctx.notices.push(`Unknown loss ${unknown.map(quote).join(', ')} dropped.`);
    axis ??= known.map((id) => getLoss(id)!.profiles[0]!.axis)[0] ?? s.axis;
    const onAxis = known.filter((id) => profileOn(getLoss(id)!, axis));
    const offAxis = known.filter((id) => !onAxis.includes(id));
    if (offAxis.length) ctx.notices.push(`${offAxis.join(', ')} cannot be drawn over the ${axis} and was left out.`);
    let ids = onAxis.slice(0, MAX_LOSSES);
    if (onAxis.length > MAX_LOSSES) ctx.notices.push(`At most ${MAX_LOSSES} curves; the rest were dropped.`);
    if (ids.length === 0) {
      ctx.notices.push('No drawable loss in the link; showing the default comparison.');
      return { ...s, ids: DEFAULT_VIEW.ids, axis: DEFAULT_VIEW.axis, values: DEFAULT_VIEW.values, preset: DEFAULT_VIEW.preset };
    }
    ids = [...ids];
    const preset = ctx.one('preset') ?? undefined;
    return { ...s, ids, axis, values: fillValues(ids, {}, s.unlinked), xDomain: defaultDomain(ids, axis), preset };
  },
  write(s, out) {
    out.set('loss', s.ids.join(','));
    out.set('axis', s.axis);
    if (s.preset) out.set('preset', s.preset);
  },
};

/** Parameter fields: one key per linked name, `name.id` per loss for names set apart. */
const params: Field = {
  keys: (s) => {
    const keys = ['apart'];
    for (const id of s.ids) for (const k of Object.keys(s.values[id] ?? {})) keys.push(k, `${k}.${id}`);
    return keys;
  },
  read(ctx, s) {
    const apartRaw = ctx.one('apart');
    const names = new Set(s.ids.flatMap((id) => Object.keys(s.values[id] ?? {})));
    const unlinked = apartRaw ? apartRaw.split(',').filter((n) => names.has(n)) : s.unlinked;
    const values: Record<string, Record<string, number | string>> = {};
    for (const id of s.ids) {
      const spec = getLoss(id)!;
      const row = { ...s.values[id] };
      for (const p of spec.params) {
        const key = unlinked.includes(p.name) ? `${p.name}.${id}` : p.name;
        const raw = ctx.one(key);
        if (raw === null) continue;
        const v = parseNum(raw);
        if (v === undefined) {
          ctx.notices.push(`${key} = ${quote(raw)} is not a number; kept ${fmt(Number(row[p.name]))}.`);
          continue;
        }
        let c = clamp(v, p.range[0], p.range[1]);
        if (p.integer) c = Math.round(c);
        if (c !== v) ctx.notices.push(`${key} = ${fmt(v)} is outside ${fmt(p.range[0])}…${fmt(p.range[1])}; set to ${fmt(c)}.`);
        row[p.name] = c;
      }
      for (const o of spec.options ?? []) {
        const key = unlinked.includes(o.name) ? `${o.name}.${id}` : o.name;
        const raw = ctx.one(key);
        if (raw === null) continue;
        if (o.choices.includes(raw)) row[o.name] = raw;
        else ctx.notices.push(`${key} = ${quote(raw)} is not one of ${o.choices.join(', ')}; kept ${String(row[o.name])}.`);
      }
      values[id] = row;
    }
    return { ...s, values, unlinked };
  },
  write(s, out) {
    const apart = s.unlinked.filter((n) => s.ids.some((id) => n in (s.values[id] ?? {})));
    if (apart.length) out.set('apart', apart.join(','));
    const done = new Set<string>();
    for (const id of s.ids) {
      for (const [k, v] of Object.entries(s.values[id] ?? {})) {
        const key = apart.includes(k) ? `${k}.${id}` : k;
        if (done.has(key)) continue;
        done.add(key);
        out.set(key, typeof v === 'number' ? fmt(v) : v);
      }
    }
  },
};

const range: Field = {
  keys: () => ['x', 'at', 'panels'],
  read(ctx, s) {
    let next = s;
    const rawX = ctx.one('x');
    if (rawX !== null) {
      const parts = rawX.split(',').map(parseNum);
      const [lo, hi] = parts;
      if (parts.length === 2 && lo !== undefined && hi !== undefined && isValidRange([lo, hi])) next = { ...next, xDomain: [lo, hi] };
      else ctx.notices.push(`x-range ${quote(rawX)} is not a usable “from,to” pair; kept ${next.xDomain.map(fmt).join(' to ')}.`);
    }
    const rawAt = ctx.one('at');
    const at = rawAt === null ? undefined : parseNum(rawAt);
    if (rawAt !== null && at === undefined) ctx.notices.push(`Cursor ${quote(rawAt)} is not a number; ignored.`);
    const cursor = at ?? next.cursorX;
    next = { ...next, cursorX: clamp(cursor, next.xDomain[0], next.xDomain[1]) };
    const rawPanels = ctx.one('panels');
    if (rawPanels !== null) {
      const ps = rawPanels.split(',');
      const bad = ps.filter((p) => !['loss', 'd', 'w', ''].includes(p));
      if (bad.length) ctx.notices.push(`Unknown panel ${bad.map(quote).join(', ')} ignored.`);
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

/** Order matters: the selection decides which parameter keys exist. */
export const URL_FIELDS: readonly Field[] = [view, selection, params, range];

/** Reads a query string into a valid view; every change made to bad input is described in `notices`. */
export function decodeView(search: string, base: ViewState = DEFAULT_VIEW): { state: ViewState; notices: string[] } {
  const ctx = linkReader(search);
  const { q, notices } = ctx;
  if (q.has('v') && q.get('v') !== String(LINK_VERSION)) notices.push(`Link version ${quote(q.get('v')!)} is unknown; read as version ${LINK_VERSION}.`);
  let state = base;
  for (const f of URL_FIELDS) state = f.read(ctx, state);
  const stray = strayNotice(q, new Set(['v', ...URL_FIELDS.flatMap((f) => f.keys(state))]));
  if (stray) notices.push(stray);
  return { state, notices };
}

/** The query string (with leading “?”) that reproduces `s`. */
export function encodeView(s: ViewState): string {
  const out = new URLSearchParams();
  out.set('v', String(LINK_VERSION));
  for (const f of URL_FIELDS) f.write(s, out);
  return `?${out.toString()}`;
}
