import type { ExprError } from '../../src/math/expr/types';
import type { OwnDef, OwnId } from '../../src/math/own/def';
import type { OwnCompiled } from '../../src/math/own/install';
import type { Axis } from '../../src/math/types';
import type { OwnEngine } from './ownHook';
import { OWN_LIMITS, OWN_PARAM_RANGE_COPY, reservedClash, sameRange } from './ownLimits';

/** A formula the person tried that did not compile: the def keeps its last good text meanwhile. */
export interface OwnFault {
  readonly text: string;
  readonly error: ExprError;
}

/** The typed losses every view shares (issue 20): the definitions that compile, and what each compiled to. */
export interface OwnState {
  /** The typed losses that compile, in id order; the link carries these and the registry holds their specs. */
  readonly defs: readonly OwnDef[];
  /** Per id, its compiled formula (its parameters, TeX, values). */
  readonly compiled: Readonly<Partial<Record<OwnId, Extract<OwnCompiled, { ok: true }>>>>;
  /** Per id, the last text tried that did not compile, with the parser's message. */
  readonly faults: Readonly<Partial<Record<OwnId, OwnFault>>>;
}

export interface OwnActions {
  /** A new typed loss over `axis` with `text`; its id, or undefined (three already, no parser yet, or a bad text). */
  add: (axis: Axis, text: string) => OwnId | undefined;
  /** Applies a new formula: on success it replaces the old one, otherwise the fault is kept and the old one stays. */
  setText: (id: OwnId, text: string) => boolean;
  /** Sets a parameter's slider range; a bad range (not finite, empty) is refused. */
  setRange: (id: OwnId, name: string, range: readonly [number, number]) => boolean;
  remove: (id: OwnId) => void;
  /** Replaces every typed loss (opening a link). */
  load: (defs: readonly OwnDef[]) => void;
}

export type OwnSlice = OwnState & OwnActions;

export const NO_OWN: OwnState = { defs: [], compiled: {}, faults: {} };

/** What the slice needs from the store: its own state, and the engine once its chunk has loaded. */
export interface OwnHost {
  get(): OwnState;
  /** Applies a change; the store also brings the views' selections in step with the registry. */
  set(patch: Partial<OwnState>): void;
  engine(): OwnEngine | undefined;
}

const tooLong = (text: string): OwnFault => ({
  text,
  error: { message: `the formula is ${text.length} characters long; at most ${OWN_LIMITS.maxLength}` },
});

/** Compiles and registers `defs`; the state that follows (only the ones that compile are kept). */
function installed(engine: OwnEngine, defs: readonly OwnDef[], faults: OwnState['faults']): Partial<OwnState> {
  const results = engine.installOwn(defs);
  const compiled: Partial<Record<OwnId, Extract<OwnCompiled, { ok: true }>>> = {};
  const kept: OwnDef[] = [];
  const nextFaults: Partial<Record<OwnId, OwnFault>> = { ...faults };
  for (const r of results) {
    if (r.ok) {
      compiled[r.def.id] = r;
      kept.push(r.def);
    } else nextFaults[r.def.id] = { text: r.def.text, error: r.error };
  }
  return { defs: kept, compiled, faults: nextFaults };
}

const byId = (a: OwnDef, b: OwnDef) => a.id.localeCompare(b.id);

export function createOwnSlice(host: OwnHost): OwnSlice {
  const without = (faults: OwnState['faults'], id: OwnId) => {
    const next = { ...faults };
    delete next[id];
    return next;
  };
  const replace = (def: OwnDef, faults: OwnState['faults']) => {
    const engine = host.engine();
    if (!engine) return false;
    const defs = [...host.get().defs.filter((d) => d.id !== def.id), def].toSorted(byId);
    host.set(installed(engine, defs, faults));
    return true;
  };
  return {
    ...NO_OWN,
    add: (axis, text) => {
      const engine = host.engine();
      const { defs, faults } = host.get();
      const id = OWN_LIMITS.ids.find((i) => !defs.some((d) => d.id === i));
      if (!engine || !id || text.length > OWN_LIMITS.maxLength) return undefined;
      const def: OwnDef = { id, text, axis, ranges: {} };
      const r = engine.compileOwn(def);
      if (!r.ok || reservedClash(r.expr.params)) return undefined;
      return replace(def, without(faults, id)) ? id : undefined;
    },
    setText: (id, text) => {
      const engine = host.engine();
      const { defs, faults } = host.get();
      const old = defs.find((d) => d.id === id);
      if (!engine || !old) return false;
      if (text.length > OWN_LIMITS.maxLength) {
        host.set({ faults: { ...faults, [id]: tooLong(text) } });
        return false;
      }
      const def: OwnDef = { ...old, text };
      const r = engine.compileOwn(def);
      const clash = r.ok ? reservedClash(r.expr.params) : undefined;
      if (!r.ok || clash !== undefined) {
        host.set({ faults: { ...faults, [id]: { text, error: r.ok ? { message: clash! } : r.error } } });
        return false;
      }
      // Ranges of parameters the new formula no longer has are forgotten.
      const ranges = Object.fromEntries(Object.entries(old.ranges).filter(([n]) => r.expr.params.includes(n)));
      return replace({ ...def, ranges }, without(faults, id));
    },
    setRange: (id, name, range) => {
      const old = host.get().defs.find((d) => d.id === id);
      const [lo, hi] = range;
      if (!old || !Number.isFinite(lo) || !Number.isFinite(hi) || !(lo < hi)) return false;
      const ranges = { ...old.ranges, [name]: [lo, hi] as const };
      if (sameRange(range, OWN_PARAM_RANGE_COPY)) delete ranges[name];
      return replace({ ...old, ranges }, host.get().faults);
    },
    remove: (id) => {
      const engine = host.engine();
      const { defs, faults } = host.get();
      if (!engine) return;
      host.set(installed(engine, defs.filter((d) => d.id !== id), without(faults, id)));
    },
    load: (defs) => {
      const engine = host.engine();
      // Nothing typed before or after: the registry and the views stay as they are.
      if (!engine || (defs.length === 0 && host.get().defs.length === 0)) return;
      host.set(installed(engine, defs.toSorted(byId), {}));
    },
  };
}
