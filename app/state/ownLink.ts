import type { OwnDef } from '../../src/math/own/def';
import type { Axis } from '../../src/math/types';
import { AXES } from './axes';
import { fmt, parseNumber, quote, type Lens, type LinkField } from './link';
import { ownEngine } from './ownHook';
import { OWN_LIMITS, reservedClash } from './ownLimits';

/** What a link with typed losses says when the formula parser is not in (it is loaded before such a link is read). */
export const OWN_NOT_LOADED = 'The typed formulas in this link could not be read (the formula parser is not loaded); they were dropped.';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `a:0:5,q:0.5:4` → ranges by name; a bad entry is noted and left out. */
function readRanges(key: string, raw: string, note: (t: string) => void): Record<string, readonly [number, number]> {
  const out: Record<string, readonly [number, number]> = {};
  for (const part of raw.split(',').filter((p) => p !== '')) {
    const [name = '', rawLo = '', rawHi = '', ...more] = part.split(':');
    const lo = parseNumber(rawLo);
    const hi = parseNumber(rawHi);
    if (more.length || !NAME.test(name) || lo === undefined || hi === undefined || !(lo < hi)) note(`${key}: ${quote(part)} is not a “name:from:to” range; ignored.`);
    else out[name] = [lo, hi];
  }
  return out;
}

/**
 * The typed losses in a link: `own1=abs(r)^q&own1.axis=residual&own1.ranges=q:0.5:4`, for own1…own3 (the
 * text as typed, encoded by URLSearchParams; only ranges that differ from the default). Each is compiled and
 * registered while the link is read, so it must come before the fields that name losses (`loss=own1`).
 * A text too long, or one that does not compile, is dropped with a notice quoting the parser's message.
 */
export function ownField<S>(lens: Lens<S, readonly OwnDef[]>): LinkField<S> {
  return {
    keys: () => OWN_LIMITS.ids.flatMap((id) => [id, `${id}.axis`, `${id}.ranges`]),
    read(r, s) {
      const wanted: OwnDef[] = [];
      for (const id of OWN_LIMITS.ids) {
        const text = r.one(id);
        const rawAxis = r.one(`${id}.axis`);
        const rawRanges = r.one(`${id}.ranges`);
        if (text === null) {
          if (rawAxis !== null || rawRanges !== null) r.note(`${id}.axis and ${id}.ranges without ${id} ignored.`);
          continue;
        }
        if (text.length > OWN_LIMITS.maxLength) {
          r.note(`${id} is longer than ${OWN_LIMITS.maxLength} characters; dropped.`);
          continue;
        }
        let axis: Axis = 'residual';
        if (rawAxis !== null) {
          if ((AXES as readonly string[]).includes(rawAxis)) axis = rawAxis as Axis;
          else r.note(`${id}.axis = ${quote(rawAxis)} is not an axis; drawn over the residual.`);
        }
        const ranges = rawRanges === null ? {} : readRanges(`${id}.ranges`, rawRanges, r.note);
        wanted.push({ id, text, axis, ranges });
      }
      const engine = ownEngine();
      if (wanted.length === 0) {
        // The registry follows the link: typed losses of an earlier address leave it.
        engine?.installOwn([]);
        return lens.set(s, []);
      }
      if (!engine) {
        r.note(OWN_NOT_LOADED);
        return lens.set(s, []);
      }
      const good: OwnDef[] = [];
      for (const c of wanted.map((d) => engine.compileOwn(d))) {
        const { id, text } = c.def;
        const why = c.ok ? reservedClash(c.expr.params) : c.error.message;
        if (why !== undefined) {
          r.note(`${id} ${quote(text)} is not a formula we can draw: ${quote(why)}; dropped.`);
          continue;
        }
        if (!c.ok) continue;
        const unknown = Object.keys(c.def.ranges).filter((n) => !c.expr.params.includes(n));
        if (unknown.length) r.note(`${id}.ranges: ${unknown.map(quote).join(', ')} is not a parameter of the formula; ignored.`);
        good.push({ ...c.def, ranges: Object.fromEntries(Object.entries(c.def.ranges).filter(([n]) => !unknown.includes(n))) });
      }
      engine.installOwn(good);
      return lens.set(s, good);
    },
    write(s, out) {
      for (const d of lens.get(s)) {
        out.set(d.id, d.text);
        out.set(`${d.id}.axis`, d.axis);
        const ranges = Object.entries(d.ranges);
        if (ranges.length) out.set(`${d.id}.ranges`, ranges.map(([n, [lo, hi]]) => `${n}:${fmt(lo)}:${fmt(hi)}`).join(','));
      }
    },
  };
}
