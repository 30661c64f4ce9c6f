import { getLoss } from '../../src/math/losses';
import { checkDataset, datasetOf, getPreset, MAX_POINTS, type Method, type ModelKind } from '../../src/math/surface';
import { clamp } from '../../src/math/numerics';
import { fmt, linkReader, quote, strayNotice, type LinkReader } from './urlCodec';
import {
  DEFAULT_SURFACE, initialSurface, LAMBDA_RANGE, lossDefaults, lossesFor, LR_RANGE, MAXNORM_RANGE, presetsFor,
  STEPS_RANGE, type RegKind, type SurfaceState,
} from './surfaceState';

/**
 * The surface view's link, one table of fields like the explorer's (urlCodec.ts). Example:
 * ?view=surface&model=regression&data=reg-outliers&seed=1&n=60&loss=mse,huber&delta=1&reg=l2&lam=0.1&w=1,0.5
 * Edited points travel as pts=x,y;x,y… (classification: x1,x2,class;…).
 */
type Ctx = LinkReader;
interface Field {
  readonly keys: (s: SurfaceState) => readonly string[];
  read(ctx: Ctx, s: SurfaceState): SurfaceState;
  write(s: SurfaceState, out: URLSearchParams): void;
}

const KINDS: readonly ModelKind[] = ['regression', 'binary', 'softmax3'];
const METHODS: readonly Method[] = ['gd', 'momentum', 'projected'];
const REGS: readonly RegKind[] = ['none', 'l1', 'l2', 'elastic_net'];

function num(ctx: Ctx, key: string, range: readonly [number, number], fallback: number, integer = false): number {
  const raw = ctx.one(key);
  if (raw === null) return fallback;
  const v = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(v)) {
    ctx.notices.push(`${key} = ${quote(raw)} is not a number; kept ${fmt(fallback)}.`);
    return fallback;
  }
  let c = clamp(v, range[0], range[1]);
  if (integer) c = Math.round(c);
  if (c !== v) ctx.notices.push(`${key} = ${fmt(v)} is outside ${fmt(range[0])}…${fmt(range[1])}; set to ${fmt(c)}.`);
  return c;
}

function pair(ctx: Ctx, key: string, fallback: readonly [number, number] | undefined, box: readonly [number, number]) {
  const raw = ctx.one(key);
  if (raw === null) return fallback;
  const parts = raw.split(',').map(Number);
  if (parts.length !== 2 || parts.some((p) => !Number.isFinite(p))) {
    ctx.notices.push(`${key} = ${quote(raw)} is not a “u,v” pair; ignored.`);
    return fallback;
  }
  const out = parts.map((p) => clamp(p, box[0], box[1])) as [number, number];
  if (out.some((p, i) => p !== parts[i])) ctx.notices.push(`${key} was outside ±${fmt(box[1])} and was clamped.`);
  return out;
}

const problem: Field = {
  keys: () => ['model', 'data', 'seed', 'n', 'pts'],
  read(ctx, s) {
    const rawKind = ctx.one('model');
    let next = s;
    if (rawKind !== null) {
      if ((KINDS as readonly string[]).includes(rawKind)) next = initialSurface(rawKind as ModelKind);
      else ctx.notices.push(`Unknown model ${quote(rawKind)}; showing ${s.kind}.`);
    }
    const rawData = ctx.one('data');
    if (rawData !== null) {
      const p = getPreset(rawData);
      if (p && p.kind === next.kind) next = { ...next, data: p.id, n: p.defaultN };
      else ctx.notices.push(`Dataset ${quote(rawData)} is not one for the ${next.kind} model; using ${next.data}.`);
    }
    const seed = num(ctx, 'seed', [1, 2 ** 31 - 1], next.seed, true);
    const n = num(ctx, 'n', [1, MAX_POINTS], next.n, true);
    next = { ...next, seed, n };
    const rawPts = ctx.one('pts');
    if (rawPts !== null) {
      const edited = readPoints(rawPts, next.kind);
      if (typeof edited === 'string') ctx.notices.push(`Edited points ignored: ${edited}`);
      else next = { ...next, edited };
    }
    return next;
  },
  write(s, out) {
    out.set('model', s.kind);
    out.set('data', s.data);
    out.set('seed', String(s.seed));
    out.set('n', String(s.n));
    if (s.edited) out.set('pts', writePoints(s.edited, s.kind));
  },
};

/** Parses pts; returns a message instead when the points cannot make a valid dataset. */
export function readPoints(raw: string, kind: ModelKind): SurfaceState['edited'] | string {
  const rows = raw === '' ? [] : raw.split(';');
  if (rows.length > MAX_POINTS) return `more than ${MAX_POINTS} points.`;
  const width = kind === 'regression' ? 2 : 3;
  const x: number[] = [];
  const y: number[] = [];
  for (const r of rows) {
    const v = r.split(',').map(Number);
    if (v.length !== width || v.some((t) => !Number.isFinite(t))) return `point ${quote(r)} is not ${width} numbers.`;
    if (kind === 'regression') x.push(v[0]!);
    else x.push(v[0]!, v[1]!);
    y.push(v[width - 1]!);
  }
  const problemText = checkDataset(datasetOf(kind, kind === 'regression' ? 1 : 2, x, y));
  return problemText ?? { x, y };
}

export function writePoints(e: NonNullable<SurfaceState['edited']>, kind: ModelKind): string {
  const d = kind === 'regression' ? 1 : 2;
  return e.y.map((yi, i) => [...e.x.slice(i * d, i * d + d).map(fmt), kind === 'regression' ? fmt(yi) : String(yi)].join(',')).join(';');
}

const losses: Field = {
  keys: (s) => ['loss', ...s.losses.flatMap((id) => Object.keys(s.values[id] ?? {}))],
  read(ctx, s) {
    const raw = ctx.one('loss');
    let ids = s.losses;
    if (raw !== null) {
      const wanted = [...new Set(raw.split(','))].filter((x) => x !== '');
      const ok = wanted.filter((id) => lossesFor(s.kind).includes(id));
      const bad = wanted.filter((id) => !ok.includes(id));
      if (bad.length) ctx.notices.push(`${bad.map(quote).join(', ')} cannot be drawn as a ${s.kind} surface; dropped.`);
      if (ok.length > 2) ctx.notices.push('At most two losses side by side; the rest were dropped.');
      if (ok.length) ids = ok.slice(0, 2);
    }
    const values = lossDefaults(ids);
    for (const id of ids) {
      for (const p of getLoss(id)!.params) {
        values[id]![p.name] = num(ctx, p.name, p.range, values[id]![p.name]!, p.integer);
      }
    }
    return { ...s, losses: ids, values };
  },
  write(s, out) {
    out.set('loss', s.losses.join(','));
    for (const id of s.losses) for (const [k, v] of Object.entries(s.values[id] ?? {})) if (!out.has(k)) out.set(k, fmt(v));
  },
};

function choice<T extends string>(ctx: Ctx, key: string, all: readonly T[], fallback: T): T {
  const raw = ctx.one(key);
  if (raw === null) return fallback;
  if ((all as readonly string[]).includes(raw)) return raw as T;
  ctx.notices.push(`${key} = ${quote(raw)} is not one of ${all.join(', ')}; kept ${fallback}.`);
  return fallback;
}

const BOX: readonly [number, number] = [-100, 100];

const rest: Field = {
  keys: () => ['reg', 'lam', 'rho', 'w', 'start', 'opt', 'lr', 'steps', 'beta', 'c', 'color'],
  read(ctx, s) {
    return {
      ...s,
      reg: choice(ctx, 'reg', REGS, s.reg),
      lambda: num(ctx, 'lam', LAMBDA_RANGE, s.lambda),
      l1Ratio: num(ctx, 'rho', [0, 1], s.l1Ratio),
      point: pair(ctx, 'w', s.point, BOX)!,
      start: pair(ctx, 'start', s.start, BOX),
      method: choice(ctx, 'opt', METHODS, s.method),
      lr: num(ctx, 'lr', LR_RANGE, s.lr),
      steps: num(ctx, 'steps', STEPS_RANGE, s.steps, true),
      momentum: num(ctx, 'beta', [0, 0.99], s.momentum),
      maxNorm: num(ctx, 'c', MAXNORM_RANGE, s.maxNorm),
      colorScale: choice(ctx, 'color', ['linear', 'log'] as const, s.colorScale),
    };
  },
  write(s, out) {
    out.set('reg', s.reg);
    if (s.reg !== 'none') out.set('lam', fmt(s.lambda));
    if (s.reg === 'elastic_net') out.set('rho', fmt(s.l1Ratio));
    out.set('w', s.point.map(fmt).join(','));
    if (s.start) out.set('start', s.start.map(fmt).join(','));
    out.set('opt', s.method);
    out.set('lr', fmt(s.lr));
    out.set('steps', String(s.steps));
    if (s.method === 'momentum') out.set('beta', fmt(s.momentum));
    if (s.method === 'projected') out.set('c', fmt(s.maxNorm));
    out.set('color', s.colorScale);
  },
};

export const SURFACE_FIELDS: readonly Field[] = [problem, losses, rest];

/** Reads the surface view's fields of a query string; what was bad is described in notices. */
export function decodeSurface(search: string): { state: SurfaceState; notices: string[] } {
  const ctx = linkReader(search);
  let state = DEFAULT_SURFACE;
  for (const f of SURFACE_FIELDS) state = f.read(ctx, state);
  const stray = strayNotice(ctx.q, new Set(['v', 'view', ...SURFACE_FIELDS.flatMap((f) => f.keys(state))]));
  if (stray) ctx.notices.push(stray);
  return { state, notices: ctx.notices };
}

export function encodeSurface(s: SurfaceState): string {
  const out = new URLSearchParams();
  out.set('v', '1');
  out.set('view', 'surface');
  for (const f of SURFACE_FIELDS) f.write(s, out);
  return `?${out.toString()}`;
}

export { presetsFor };
