import { DISPLAY_KEYS, parseNumber } from '../state/link';

/**
 * The messages between an embedded Loss Atlas (`?embed=1` in an iframe) and the page that frames it.
 *
 * Frame → host (`targetOrigin '*'`: they carry only a height, a view name and link values, which are
 * in the frame's own address anyway):
 *   { source: 'loss-atlas', type: 'ready',  view, height, params }  once, when the embed has rendered
 *   { source: 'loss-atlas', type: 'height', view, height }          whenever the content height changes
 *   { source: 'loss-atlas', type: 'change', view, params, changed } when the reader changes a setting
 * Host → frame:
 *   { source: 'loss-atlas-host', type: 'set', params: { delta: 1.5 } }
 * `params` are the view's link fields by their link names (`delta`, `margin.hinge`, `loss`, `lambda`…),
 * numbers as numbers. A `set` goes through the same validation and clamping as a link; a malformed
 * message is ignored with a console warning.
 */
export const FRAME_SOURCE = 'loss-atlas';
export const HOST_SOURCE = 'loss-atlas-host';

export type ParamValue = number | string;
export type Params = Readonly<Record<string, ParamValue>>;

export type FrameMessage =
  | { readonly source: typeof FRAME_SOURCE; readonly type: 'ready'; readonly view: string; readonly height: number; readonly params: Params }
  | { readonly source: typeof FRAME_SOURCE; readonly type: 'height'; readonly view: string; readonly height: number }
  | { readonly source: typeof FRAME_SOURCE; readonly type: 'change'; readonly view: string; readonly params: Params; readonly changed: readonly string[] };

export interface SetMessage {
  readonly source: typeof HOST_SOURCE;
  readonly type: 'set';
  /** Link values as text, ready to be read by the view's codec. */
  readonly params: Readonly<Record<string, string>>;
}

/** What reading a message gave: one for us, one for us but malformed (with why), or someone else's. */
export type HostRead = { readonly ok: true; readonly message: SetMessage } | { readonly ok: false; readonly why: string } | null;

const KEY = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?$/;
const MAX_KEYS = 64;
const MAX_VALUE = 4000;
/** Keys a host may not set: the link's version and view, and how the page is displayed. */
const RESERVED: ReadonlySet<string> = new Set(['v', 'view', ...DISPLAY_KEYS]);

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A value a link field can read: a finite number or a short string (lists are comma-separated text). */
function linkValue(v: unknown): string | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : undefined;
  if (typeof v === 'string') return v.length <= MAX_VALUE ? v : undefined;
  return undefined;
}

/**
 * Reads what a host posted. Messages from anyone else (no `source: 'loss-atlas-host'`) give null and are
 * left alone; ours that are malformed give the reason, for a console warning.
 */
export function readHostMessage(data: unknown): HostRead {
  if (!isRecord(data) || data.source !== HOST_SOURCE) return null;
  if (data.type !== 'set') return { ok: false, why: `unknown message type ${JSON.stringify(String(data.type)).slice(0, 40)}` };
  const params = data.params;
  if (!isRecord(params)) return { ok: false, why: '“params” must be an object of link names and values' };
  const entries = Object.entries(params);
  if (entries.length === 0) return { ok: false, why: '“params” is empty' };
  if (entries.length > MAX_KEYS) return { ok: false, why: `at most ${MAX_KEYS} params in one message` };
  const out: Record<string, string> = {};
  for (const [k, v] of entries) {
    if (!KEY.test(k)) return { ok: false, why: `${JSON.stringify(k.slice(0, 40))} is not a setting name` };
    if (RESERVED.has(k)) return { ok: false, why: `“${k}” cannot be set by message` };
    const value = linkValue(v);
    if (value === undefined) return { ok: false, why: `${k}: a value is a finite number or a short string` };
    out[k] = value;
  }
  return { ok: true, message: { source: HOST_SOURCE, type: 'set', params: out } };
}

/** A view's settings from its link query: every field but the version, the view and the display keys; numbers as numbers. */
export function paramsOfQuery(query: string): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  for (const [k, v] of new URLSearchParams(query)) {
    if (RESERVED.has(k) || k in out) continue;
    const n = parseNumber(v);
    out[k] = n === undefined || v.trim() !== v ? v : n;
  }
  return out;
}

/** Names whose value differs between two settings (present in one only counts). */
export function changedParams(before: Params, after: Params): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => before[k] !== after[k]);
}

/** The query that reads `params` over `query`: the host's values replace the link's, the rest stay. */
export function mergeQuery(query: string, params: Readonly<Record<string, string>>): string {
  const q = new URLSearchParams(query);
  for (const [k, v] of Object.entries(params)) q.set(k, v);
  return `?${q.toString()}`;
}

export function readyMessage(view: string, height: number, params: Params): FrameMessage {
  return { source: FRAME_SOURCE, type: 'ready', view, height, params };
}

export function heightMessage(view: string, height: number): FrameMessage {
  return { source: FRAME_SOURCE, type: 'height', view, height };
}

export function changeMessage(view: string, params: Params, changed: readonly string[]): FrameMessage {
  return { source: FRAME_SOURCE, type: 'change', view, params, changed };
}
