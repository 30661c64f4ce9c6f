import { getLoss } from '../../src/math/losses';
import type { OwnDef } from '../../src/math/own/def';
import { getPreset, type ModelKind } from '../../src/math/surface';
import { DEFAULT_PAIRS, DEFAULT_SURFACE, initialSurface, lossDefaults, lossesFor, type SurfaceState } from './surfaceState';

export interface SurfaceActions {
  setKind: (kind: ModelKind) => void;
  /** A dataset preset of the current kind; drops edits and recentres nothing else. */
  setData: (id: string) => void;
  reseed: () => void;
  /** The edited points (undefined to go back to the generated data). */
  setPoints: (edited: SurfaceState['edited']) => void;
  setLoss: (slot: 0 | 1, id: string | undefined) => void;
  setParam: (lossId: string, name: string, value: number) => void;
  set: (patch: Partial<SurfaceState>) => void;
  load: (s: SurfaceState) => void;
}

/** The surface view's slice of the store: what its link carries, and what changes it. */
export type SurfaceSlice = SurfaceState & SurfaceActions;

type SetSlice = (fn: (s: SurfaceSlice) => Partial<SurfaceState>) => void;

/**
 * `load` replaces the view's state; `loadOwn` (the store's) then loads the typed losses the link carried into the
 * slice every view shares.
 */
export function createSurfaceSlice(set: SetSlice, get: () => SurfaceSlice, loadOwn: (defs: readonly OwnDef[]) => void = () => {}): SurfaceSlice {
  return {
    ...DEFAULT_SURFACE,
    setKind: (kind) => set(() => ({ ...initialSurface(kind), start: undefined, edited: undefined })),
    setData: (id) => {
      const p = getPreset(id);
      if (p && p.kind === get().kind) set(() => ({ data: id, n: p.defaultN, edited: undefined, start: undefined }));
    },
    reseed: () => set((s) => ({ seed: (s.seed % 99991) + 1, edited: undefined })),
    setPoints: (edited) => set(() => ({ edited })),
    setLoss: (slot, id) => {
      const s = get();
      const next = [...s.losses];
      if (id === undefined) next.splice(slot, 1);
      else next[slot] = id;
      const losses = [...new Set(next)].slice(0, 2);
      if (losses.length === 0) return;
      set(() => ({ losses, values: { ...lossDefaults(losses), ...pick(s.values, losses) } }));
    },
    setParam: (lossId, name, value) => set((s) => ({ values: { ...s.values, [lossId]: { ...s.values[lossId], [name]: value } } })),
    set: (patch) => set(() => patch),
    // Optional fields absent from `s` must be cleared, not kept from the previous state.
    load: (s) => {
      set(() => ({ ...s, start: s.start, edited: s.edited, own: s.own }));
      loadOwn(s.own ?? []);
    },
  };
}

function pick<T>(o: Readonly<Record<string, T>>, keys: readonly string[]): Record<string, T> {
  return Object.fromEntries(keys.filter((k) => k in o).map((k) => [k, o[k]!]));
}

/**
 * The surface view after the typed losses changed (they are registered by now): a loss the model can no
 * longer draw (its formula removed, or on another axis) leaves its slot, the model's opening loss standing in
 * when none is left; the values follow the parameters, clamped into changed ranges; the link's copy is the
 * shared slice's.
 */
export function surfaceAfterOwn(s: SurfaceSlice, own: readonly OwnDef[]): SurfaceSlice {
  const drawable = lossesFor(s.kind);
  const kept = s.losses.filter((id) => drawable.includes(id));
  const losses = kept.length > 0 ? kept : [DEFAULT_PAIRS[s.kind][0]];
  const defaults = lossDefaults(losses);
  const values = Object.fromEntries(
    losses.map((id) => {
      const specs = getLoss(id)?.params ?? [];
      const row = Object.fromEntries(
        specs.map((p) => {
          const v = s.values[id]?.[p.name];
          return [p.name, typeof v === 'number' ? Math.min(p.range[1], Math.max(p.range[0], v)) : defaults[id]![p.name]!];
        }),
      );
      return [id, row];
    }),
  );
  const { own: _old, ...rest } = s;
  return own.length ? { ...rest, losses, values, own } : { ...rest, losses, values };
}
