import type { ParamSpec } from '../../src/math/types';

/**
 * The machinery every view's link is built from: one number parser, one clamp-and-notice helper, one
 * version, and the field type a view lists its settings in. A view's codec is `makeCodec(view, fields)`.
 *
 * Version 2 names every setting as the store and the sliders do (`lambda`, `l1_ratio`, `momentum`,
 * `max_norm`); version 1 links (and links without `v`) are still read, through each field's `legacy` keys
 * (only there: version 1's `beta` for momentum is also smooth L1's parameter name).
 */
export const LINK_VERSION = 2;

/** Keys every view's link may carry besides its own fields: how the page presents the view (display.ts). */
export const DISPLAY_KEYS: readonly string[] = ['present', 'embed', 'controls'];
const KNOWN_VERSIONS: readonly string[] = ['1', String(LINK_VERSION)];
const MAX_RAW = 40;

/** Quotes a raw link value for a notice: short, and only ever shown as text. */
export function quote(raw: string): string {
  const s = raw.length > MAX_RAW ? `${raw.slice(0, MAX_RAW)}…` : raw;
  return `“${s}”`;
}

/** A number for a link: at most 6 significant digits, no exponent surprises. */
export function fmt(v: number): string {
  return String(Number(v.toPrecision(6)));
}

/**
 * The one number parser of links: decimal notation with an optional exponent, and finite. `0x10`, ``,
 * `1e999`, `Infinity` and `1,2` are not numbers.
 */
export function parseNumber(raw: string): number | undefined {
  if (!/^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(raw)) return undefined;
  const v = Number(raw);
  return Number.isFinite(v) ? v : undefined;
}

/** What a field reads through: the query and the notices it adds to. */
export interface LinkReader {
  readonly q: URLSearchParams;
  readonly notices: readonly string[];
  /** Whether the link predates LINK_VERSION (v=1, or no v at all): only then are legacy keys read. */
  readonly legacy: boolean;
  /** Adds a notice once (the same text twice, e.g. one clamp for two losses, is said once). */
  note(text: string): void;
  /**
   * The first value of `key` (or, in an older link, of the first legacy key present); a duplicated key is
   * noted and its later copies ignored.
   */
  one(key: string, legacy?: readonly string[]): string | null;
}

/** A reader over `search`; shared by every view's codec. */
export function linkReader(search: string): LinkReader {
  const q = new URLSearchParams(search);
  const notices: string[] = [];
  const dupes = new Set<string>();
  const rawVersion = q.get('v');
  const note = (text: string) => {
    if (!notices.includes(text)) notices.push(text);
  };
  if (rawVersion !== null && !KNOWN_VERSIONS.includes(rawVersion)) {
    note(`Link version ${quote(rawVersion)} is unknown; read as version ${LINK_VERSION}.`);
  }
  const legacy = rawVersion === null || rawVersion === '1';
  const first = (key: string) => {
    const all = q.getAll(key);
    if (all.length > 1 && !dupes.has(key)) {
      dupes.add(key);
      note(`“${key}” appears ${all.length} times; the first is used.`);
    }
    return all[0] ?? null;
  };
  return {
    q,
    notices,
    legacy,
    note,
    one(key, oldKeys = []) {
      const v = first(key);
      if (v !== null || !legacy) return v;
      for (const k of oldKeys) {
        const old = first(k);
        if (old !== null) return old;
      }
      return null;
    },
  };
}

/** What a number is held to: a parameter spec's range and integrality. */
export type Bounds = Pick<ParamSpec, 'range' | 'integer'>;

/** Clamps (and rounds, for integers) `v` into `b`; says so under `key` when that changed it. */
export function clampNoted(r: LinkReader, key: string, v: number, b: Bounds): number {
  const [lo, hi] = b.range;
  let c = Math.min(hi, Math.max(lo, v));
  if (b.integer) c = Math.round(c);
  if (c !== v) r.note(`${key} = ${fmt(v)} is outside ${fmt(lo)}…${fmt(hi)}; set to ${fmt(c)}.`);
  return c;
}

/** Reads `key` as a number held to `b`; `fallback` (with a notice) when it is not a number. */
export function readNumber(r: LinkReader, key: string, b: Bounds, fallback: number, legacy?: readonly string[]): number {
  const raw = r.one(key, legacy);
  if (raw === null) return fallback;
  const v = parseNumber(raw);
  if (v === undefined) {
    r.note(`${key} = ${quote(raw)} is not a number; kept ${fmt(fallback)}.`);
    return fallback;
  }
  return clampNoted(r, key, v, b);
}

/**
 * Per-field flags that later views read (an embed hides some fields, a lesson shows some). A new flag is
 * one line here and `flags: { itsName: true }` on the fields it applies to; codecs filter on it.
 */
export interface FieldFlags {
  /** Left out of an embed's link (and its controls). */
  readonly hiddenInEmbed?: boolean;
  /** Shown as a control in a lesson step. */
  readonly shownInLesson?: boolean;
}
export type FieldFlag = keyof FieldFlags;

/** One setting (or a group that belongs together) of a view's link. */
export interface LinkField<S> {
  /** The keys this field reads, given the state read so far (parameter keys depend on the losses). */
  keys(s: S): readonly string[];
  /** Keys of older links it also reads (see LinkReader.one). */
  readonly legacy?: readonly string[];
  /** Reads the field into `s`, clamping or dropping what is bad, with a notice. */
  read(r: LinkReader, s: S): S;
  write(s: S, out: URLSearchParams): void;
  readonly flags?: FieldFlags;
}

/** How a field reaches its value in a view's state. */
export interface Lens<S, T> {
  get(s: S): T;
  set(s: S, v: T): S;
}

/** A key-for-key lens: the state property has the link key's name. */
export function prop<S, K extends keyof S & string>(key: K): Lens<S, S[K]> {
  return { get: (s) => s[key], set: (s, v) => ({ ...s, [key]: v }) };
}

interface FieldOptions<S> {
  /** Written only while this holds (e.g. `momentum` only for the momentum method). */
  readonly when?: (s: S) => boolean;
  /** Keys of version-1 links read when `key` is absent. */
  readonly legacy?: readonly string[];
  readonly flags?: FieldFlags;
}

/** A number field whose bounds, default and meaning are the slider's ParamSpec; the key is its name. */
export function numberField<S>(spec: ParamSpec, lens: Lens<S, number>, o: FieldOptions<S> = {}): LinkField<S> {
  const key = spec.name;
  return {
    keys: () => [key],
    legacy: o.legacy,
    read: (r, s) => lens.set(s, readNumber(r, key, spec, lens.get(s), o.legacy)),
    write: (s, out) => {
      if (o.when?.(s) ?? true) out.set(key, spec.integer ? String(lens.get(s)) : fmt(lens.get(s)));
    },
    flags: o.flags,
  };
}

/** A field that is one of a few words. */
export function choiceField<S, T extends string>(key: string, choices: readonly T[], lens: Lens<S, T>, o: FieldOptions<S> = {}): LinkField<S> {
  return {
    keys: () => [key],
    legacy: o.legacy,
    read(r, s) {
      const raw = r.one(key, o.legacy);
      if (raw === null) return s;
      if ((choices as readonly string[]).includes(raw)) return lens.set(s, raw as T);
      r.note(`${key} = ${quote(raw)} is not one of ${choices.join(', ')}; kept ${lens.get(s)}.`);
      return s;
    },
    write: (s, out) => {
      if (o.when?.(s) ?? true) out.set(key, lens.get(s));
    },
    flags: o.flags,
  };
}

/** The numbers of a comma-separated value ('' is none), or undefined when one of them is not a number. */
function numbersOf(raw: string): number[] | undefined {
  const parts = raw === '' ? [] : raw.split(',').map(parseNumber);
  return parts.every((p) => p !== undefined) ? (parts as number[]) : undefined;
}

/** A “u,v” pair field held to a box; absent (undefined) values are not written. */
export function pairField<S>(
  key: string,
  box: readonly [number, number],
  lens: Lens<S, readonly [number, number] | undefined>,
  o: FieldOptions<S> = {},
): LinkField<S> {
  return {
    keys: () => [key],
    legacy: o.legacy,
    read(r, s) {
      const raw = r.one(key, o.legacy);
      if (raw === null) return s;
      const parts = numbersOf(raw);
      if (parts?.length !== 2) {
        r.note(`${key} = ${quote(raw)} is not a “u,v” pair; ignored.`);
        return s;
      }
      const bounds = { range: box };
      return lens.set(s, [clampNoted(r, key, parts[0]!, bounds), clampNoted(r, key, parts[1]!, bounds)]);
    },
    write: (s, out) => {
      const v = lens.get(s);
      if (v && (o.when?.(s) ?? true)) out.set(key, v.map(fmt).join(','));
    },
    flags: o.flags,
  };
}

/**
 * A comma-separated list of numbers, each held to `b`, with between `length[0]` and `length[1]` entries
 * (an empty list is written as an empty value). A list that is not all numbers, or has too few or too
 * many, is ignored with a notice; numbers out of range are clamped with one.
 */
export function numberListField<S>(
  key: string,
  b: Bounds,
  length: readonly [min: number, max: number],
  lens: Lens<S, readonly number[]>,
  o: FieldOptions<S> = {},
): LinkField<S> {
  return {
    keys: () => [key],
    legacy: o.legacy,
    read(r, s) {
      const raw = r.one(key, o.legacy);
      if (raw === null) return s;
      const parts = numbersOf(raw);
      if (!parts) {
        r.note(`${key} = ${quote(raw)} is not a list of numbers; ignored.`);
        return s;
      }
      if (parts.length < length[0] || parts.length > length[1]) {
        r.note(`${key} has ${parts.length} numbers; it takes ${length[0]} to ${length[1]}; ignored.`);
        return s;
      }
      return lens.set(s, parts.map((v) => clampNoted(r, key, v, b)));
    },
    write: (s, out) => {
      if (o.when?.(s) ?? true) out.set(key, lens.get(s).map((v) => (b.integer ? String(v) : fmt(v))).join(','));
    },
    flags: o.flags,
  };
}

/** Keys in the query that no field of the view reads, as one notice. */
export function strayNotice(q: URLSearchParams, known: ReadonlySet<string>): string | undefined {
  const stray = [...new Set(q.keys())].filter((k) => !known.has(k));
  return stray.length ? `Ignored ${stray.map(quote).join(', ')}: not a setting of this view.` : undefined;
}

export interface Decoded<S> {
  readonly state: S;
  readonly notices: string[];
}

export interface Codec<S> {
  readonly fields: readonly LinkField<S>[];
  /** Reads a query string into a valid state; every change made to bad input is described in `notices`. */
  decode(search: string, base?: S): Decoded<S>;
  /** The query string (with leading “?”) that reproduces `s`; `without` leaves out fields with that flag. */
  encode(s: S, without?: FieldFlag): string;
}

/**
 * A view's codec from its fields, read in order (a later field may depend on an earlier one, as the
 * parameters do on the losses). `view` is written unless it is the explorer, which a bare address opens.
 */
export function makeCodec<S>(view: string, fields: readonly LinkField<S>[], base: () => S): Codec<S> {
  return {
    fields,
    decode(search, start = base()) {
      const r = linkReader(search);
      let state = start;
      for (const f of fields) state = f.read(r, state);
      const old = r.legacy ? fields.flatMap((f) => f.legacy ?? []) : [];
      const stray = strayNotice(r.q, new Set(['v', 'view', ...DISPLAY_KEYS, ...fields.flatMap((f) => f.keys(state)), ...old]));
      if (stray) r.note(stray);
      return { state, notices: [...r.notices] };
    },
    encode(s, without) {
      const out = new URLSearchParams();
      out.set('v', String(LINK_VERSION));
      if (view !== 'explorer') out.set('view', view);
      for (const f of fields) if (!(without && f.flags?.[without])) f.write(s, out);
      return `?${out.toString()}`;
    },
  };
}
