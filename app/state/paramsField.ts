import { getLoss } from '../../src/math/losses';
import { withConflicts } from '../../src/math/losses/sharedParams';
import { fmt, quote, readNumber, type LinkField } from './link';

export type LossValues = Readonly<Record<string, Readonly<Record<string, number | string>>>>;

/** How the loss-parameter field reaches a view's losses and values. */
export interface ParamsLens<S> {
  ids(s: S): readonly string[];
  values(s: S): LossValues;
  /**
   * Names the view keeps apart on purpose (the explorer's unlink button). Without it, a name is apart
   * exactly when the losses that have it hold different values (the surface view's two slots).
   */
  unlinked?(s: S): readonly string[];
  set(s: S, values: Record<string, Record<string, number | string>>, unlinked: readonly string[]): S;
  /** Whether string options (e.g. `reduction`) travel too. */
  readonly options: boolean;
}

function namesOf(ids: readonly string[], options: boolean): Set<string> {
  const names = new Set<string>();
  for (const id of ids) {
    const spec = getLoss(id);
    for (const p of spec?.params ?? []) names.add(p.name);
    if (options) for (const o of spec?.options ?? []) names.add(o.name);
  }
  return names;
}

/** Names whose values differ between the losses that have them. */
function differing(ids: readonly string[], values: LossValues): string[] {
  const first = new Map<string, number | string>();
  const out = new Set<string>();
  for (const id of ids) {
    for (const [k, v] of Object.entries(values[id] ?? {})) {
      if (!first.has(k)) first.set(k, v);
      else if (first.get(k) !== v) out.add(k);
    }
  }
  return [...out];
}

/**
 * Loss parameters, shared by every view that draws losses: `name=value` when the losses that have the
 * parameter share it, and `name.lossId=value` for names listed in `apart`. Bounds are each parameter's spec.
 */
export function paramsField<S>(lens: ParamsLens<S>): LinkField<S> {
  return {
    keys: (s) => {
      const keys = ['apart'];
      for (const id of lens.ids(s)) for (const k of Object.keys(lens.values(s)[id] ?? {})) keys.push(k, `${k}.${id}`);
      return keys;
    },
    read(r, s) {
      const ids = lens.ids(s);
      const names = namesOf(ids, lens.options);
      const rawApart = r.one('apart');
      let unlinked = lens.unlinked?.(s) ?? [];
      if (rawApart !== null) {
        const listed = [...new Set(rawApart.split(',').filter((n) => n !== ''))];
        const unknown = listed.filter((n) => !names.has(n));
        if (unknown.length) r.note(`apart: ${unknown.map(quote).join(', ')} is not a parameter of these losses; ignored.`);
        unlinked = listed.filter((n) => names.has(n));
      }
      unlinked = withConflicts(ids, unlinked);
      const values: Record<string, Record<string, number | string>> = {};
      for (const id of ids) {
        const spec = getLoss(id)!;
        const row = { ...lens.values(s)[id] };
        const keyOf = (name: string) => (unlinked.includes(name) ? `${name}.${id}` : name);
        for (const p of spec.params) {
          const now = row[p.name];
          row[p.name] = readNumber(r, keyOf(p.name), p, typeof now === 'number' ? now : p.default);
        }
        if (lens.options) {
          for (const o of spec.options ?? []) {
            const key = keyOf(o.name);
            const raw = r.one(key);
            if (raw === null) continue;
            if (o.choices.includes(raw)) row[o.name] = raw;
            else r.note(`${key} = ${quote(raw)} is not one of ${o.choices.join(', ')}; kept ${String(row[o.name])}.`);
          }
        }
        values[id] = row;
      }
      return lens.set(s, values, unlinked);
    },
    write(s, out) {
      const ids = lens.ids(s);
      const values = lens.values(s);
      const present = namesOf(ids, lens.options);
      const apart = withConflicts(ids, lens.unlinked?.(s) ?? differing(ids, values)).filter((n) => present.has(n));
      if (apart.length) out.set('apart', apart.join(','));
      for (const id of ids) {
        for (const [k, v] of Object.entries(values[id] ?? {})) {
          if (!present.has(k)) continue;
          const key = apart.includes(k) ? `${k}.${id}` : k;
          if (!out.has(key)) out.set(key, typeof v === 'number' ? fmt(v) : v);
        }
      }
    },
  };
}

