import { getLoss } from '../../src/math/losses';
import { checkDataset, datasetOf, getPreset, MAX_POINTS, MODEL_KINDS, surfaceModel, type Method, type ModelKind } from '../../src/math/surface';
import { choiceField, fmt, makeCodec, numberField, pairField, parseNumber, prop, quote, type LinkField } from './link';
import { ownField } from './ownLink';
import { paramsField } from './paramsField';
import { L1_RATIO, LAMBDA, LR, MAX_NORM, MOMENTUM, N_POINTS, SEED, STEPS } from './surfaceParams';
import { DEFAULT_SURFACE, initialSurface, lossDefaults, lossesFor, type RegKind, type SurfaceState } from './surfaceState';

/**
 * The surface view's link, one list of fields like the explorer's. Example:
 * ?v=2&view=surface&model=regression&data=reg-outliers&seed=1&n=60&loss=mse,huber&delta=1&reg=l2&lambda=0.1&w=1,0.5
 * Edited points travel as pts=x,y;x,y… (classification: x1,x2,class;…).
 */
const METHODS: readonly Method[] = ['gd', 'momentum', 'projected'];
const REGS: readonly RegKind[] = ['none', 'l1', 'l2', 'elastic_net'];

/** Where the weights and a descent start may be put. */
const WEIGHT_BOX: readonly [number, number] = [-100, 100];

/**
 * Every coordinate and target of edited points lies in ±POINT_BOX. The GPU sums in float32 (largest
 * 3.4e38): with weights in ±100 a residual stays under about 1e5, its square under 1e10, and a sum of
 * MAX_POINTS of them far from overflow; the presets' data lie within ±10.
 */
export const POINT_BOX = 1e3;

const problem: LinkField<SurfaceState> = {
  keys: () => ['model', 'data', 'pts'],
  read(r, s) {
    const rawKind = r.one('model');
    let next = s;
    if (rawKind !== null) {
      if ((MODEL_KINDS as readonly string[]).includes(rawKind)) next = initialSurface(rawKind as ModelKind);
      else r.note(`Unknown model ${quote(rawKind)}; showing ${s.kind}.`);
    }
    const rawData = r.one('data');
    if (rawData !== null) {
      const p = getPreset(rawData);
      if (p && p.kind === next.kind) next = { ...next, data: p.id, n: p.defaultN };
      else r.note(`Dataset ${quote(rawData)} is not one for the ${next.kind} model; using ${next.data}.`);
    }
    const rawPts = r.one('pts');
    if (rawPts !== null) {
      const edited = readPoints(rawPts, next.kind);
      if (typeof edited === 'string') r.note(`Edited points ignored: ${edited}`);
      else {
        if (edited.clamped) r.note(`Edited points outside ±${fmt(POINT_BOX)} were moved to its edge.`);
        next = { ...next, edited: { x: edited.x, y: edited.y } };
      }
    }
    return next;
  },
  write(s, out) {
    out.set('model', s.kind);
    out.set('data', s.data);
    if (s.edited) out.set('pts', writePoints(s.edited, s.kind));
  },
};

type Points = NonNullable<SurfaceState['edited']>;

/** Parses pts, clamping coordinates and targets to ±POINT_BOX; returns a message instead when the points cannot make a valid dataset. */
export function readPoints(raw: string, kind: ModelKind): (Points & { readonly clamped: boolean }) | string {
  const { d, labels } = surfaceModel(kind).data;
  const rows = raw === '' ? [] : raw.split(';');
  if (rows.length > MAX_POINTS) return `more than ${MAX_POINTS} points.`;
  const width = d + 1;
  const x: number[] = [];
  const y: number[] = [];
  let clamped = false;
  const boxed = (v: number) => {
    const c = Math.min(POINT_BOX, Math.max(-POINT_BOX, v));
    if (c !== v) clamped = true;
    return c;
  };
  for (const r of rows) {
    const v = r.split(',').map(parseNumber);
    if (v.length !== width || v.some((t) => t === undefined)) return `point ${quote(r)} is not ${width} numbers.`;
    const row = v as number[];
    x.push(...row.slice(0, d).map(boxed));
    // A label is checked against the model's classes below; a regression target is boxed like an input.
    y.push(labels ? row[d]! : boxed(row[d]!));
  }
  const problemText = checkDataset(datasetOf(kind, d, x, y));
  return problemText ?? { x, y, clamped };
}

export function writePoints(e: Points, kind: ModelKind): string {
  const { d, labels } = surfaceModel(kind).data;
  return e.y.map((yi, i) => [...e.x.slice(i * d, i * d + d).map(fmt), labels ? String(yi) : fmt(yi)].join(',')).join(';');
}

const losses: LinkField<SurfaceState> = {
  keys: () => ['loss'],
  read(r, s) {
    const raw = r.one('loss');
    if (raw === null) return s;
    const wanted = [...new Set(raw.split(','))].filter((x) => x !== '');
    const ok = wanted.filter((id) => lossesFor(s.kind).includes(id));
    const bad = wanted.filter((id) => !ok.includes(id));
    if (bad.length) r.note(`${bad.map(quote).join(', ')} cannot be drawn as a ${s.kind} surface; dropped.`);
    if (ok.length > 2) r.note('At most two losses side by side; the rest were dropped.');
    if (!ok.length) return s;
    const ids = ok.slice(0, 2);
    return { ...s, losses: ids, values: lossDefaults(ids) };
  },
  write(s, out) {
    out.set('loss', s.losses.join(','));
  },
};

/** The two slots hold their own values: a name shared by both is `apart` when they differ. */
const params = paramsField<SurfaceState>({
  ids: (s) => s.losses,
  values: (s) => s.values,
  set: (s, values) => ({ ...s, values: onlyNumbers(values, s.losses) }),
  options: false,
});

function onlyNumbers(values: Record<string, Record<string, number | string>>, ids: readonly string[]): SurfaceState['values'] {
  const out: Record<string, Record<string, number>> = {};
  for (const id of ids) {
    out[id] = {};
    for (const p of getLoss(id)?.params ?? []) {
      const v = values[id]?.[p.name];
      out[id][p.name] = typeof v === 'number' ? v : p.default;
    }
  }
  return out;
}

/** The typed losses (own1…own3), shared with the explorer: registered while read, before `loss` names them. */
const own = ownField<SurfaceState>({
  get: (s) => s.own ?? [],
  set: (s, defs) => {
    // A state without typed losses has no `own` at all, as before they existed.
    const { own: _dropped, ...rest } = s;
    return defs.length ? { ...rest, own: defs } : rest;
  },
});

/**
 * The surface view's link fields, in reading order: the model decides the data (and with it the default n)
 * and the losses, the typed losses are registered before the loss field may name them, and the losses decide
 * their parameters.
 */
export const SURFACE_FIELDS: readonly LinkField<SurfaceState>[] = [
  problem,
  numberField(SEED, prop('seed')),
  numberField(N_POINTS, prop('n')),
  own,
  losses,
  params,
  choiceField('reg', REGS, prop('reg')),
  numberField(LAMBDA, prop('lambda'), { when: (s) => s.reg !== 'none', legacy: ['lam'] }),
  numberField(L1_RATIO, prop('l1_ratio'), { when: (s) => s.reg === 'elastic_net', legacy: ['rho'] }),
  pairField('w', WEIGHT_BOX, { get: (s) => s.point, set: (s, v) => (v ? { ...s, point: v } : s) }),
  pairField('start', WEIGHT_BOX, prop('start')),
  choiceField('method', METHODS, prop('method'), { legacy: ['opt'] }),
  numberField(LR, prop('lr')),
  numberField(STEPS, prop('steps')),
  numberField(MOMENTUM, prop('momentum'), { when: (s) => s.method === 'momentum', legacy: ['beta'] }),
  numberField(MAX_NORM, prop('max_norm'), { when: (s) => s.method === 'projected', legacy: ['c'] }),
  choiceField('color', ['linear', 'log'] as const, prop('colorScale')),
];

export const surfaceCodec = makeCodec<SurfaceState>('surface', SURFACE_FIELDS, () => DEFAULT_SURFACE);

/** Reads the surface view's fields of a query string; what was bad is described in notices. */
export function decodeSurface(search: string): { state: SurfaceState; notices: string[] } {
  return surfaceCodec.decode(search);
}

export function encodeSurface(s: SurfaceState): string {
  return surfaceCodec.encode(s);
}
