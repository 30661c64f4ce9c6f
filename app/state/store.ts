import { create } from 'zustand';
import { getLoss } from '../../src/math/losses';
import type { Axis } from '../../src/math/types';
import { getPreset } from '../presets';
import { DEFAULT_VIEW, defaultDomain, fillValues, profileOn, type ViewState } from './view';

/** A message about something the app changed or refused (bad link fields, incompatible losses). */
export interface Notice {
  readonly id: number;
  readonly text: string;
}

export interface SelectionActions {
  /** Adds or removes a loss drawn over the current axis. */
  toggleLoss: (id: string) => void;
  /** Replaces the selection (e.g. to draw a loss over another axis). */
  select: (ids: readonly string[], axis: Axis, preset?: string) => void;
  /** Loads a comparison: its losses, axis, parameter values, x-range and panels. */
  applyPreset: (id: string) => void;
}

export interface ParamsActions {
  /** Sets a parameter; when linked it moves in every selected loss that has it, else only in `lossId`. */
  setParam: (name: string, value: number | string, lossId?: string) => void;
  setLinked: (name: string, linked: boolean) => void;
  resetParams: () => void;
}

export interface ViewActions {
  setCursor: (x: number) => void;
  setXDomain: (d: readonly [number, number]) => void;
  setPanels: (p: ViewState['panels']) => void;
  /** Replaces the whole view (opening a link, back/forward). */
  load: (v: ViewState) => void;
}

export interface NoticeActions {
  readonly notices: readonly Notice[];
  notify: (texts: readonly string[]) => void;
  dismiss: (id: number) => void;
}

export type AtlasState = ViewState & SelectionActions & ParamsActions & ViewActions & NoticeActions;

let nextNotice = 1;

export const useAtlas = create<AtlasState>()((set, get) => ({
  ...DEFAULT_VIEW,

  toggleLoss: (id) => {
    const s = get();
    const spec = getLoss(id);
    if (!spec || !profileOn(spec, s.axis)) return;
    const ids = s.ids.includes(id) ? s.ids.filter((x) => x !== id) : [...s.ids, id];
    set({ ids, values: fillValues(ids, s.values, s.unlinked), preset: undefined });
  },
  select: (ids, axis, preset) => {
    const s = get();
    const domain = defaultDomain(ids, axis);
    const cursorX = domain[0] + (domain[1] - domain[0]) * 0.75;
    set({ ids, axis, values: fillValues(ids, s.values, s.unlinked), preset, xDomain: domain, cursorX });
  },
  applyPreset: (id) => {
    const p = getPreset(id);
    if (!p) return;
    const base = fillValues(p.ids, {}, []);
    const values: Record<string, Record<string, number | string>> = {};
    for (const [lossId, row] of Object.entries(base)) {
      values[lossId] = { ...row };
      for (const [k, v] of Object.entries(p.params ?? {})) if (k in row) values[lossId][k] = v;
    }
    const xDomain = p.xDomain ?? defaultDomain(p.ids, p.axis);
    const cursorX = xDomain[0] + (xDomain[1] - xDomain[0]) * 0.75;
    set({ ids: p.ids, axis: p.axis, values, unlinked: [], preset: p.id, xDomain, cursorX, panels: p.panels ?? get().panels });
  },

  setParam: (name, value, lossId) => {
    const s = get();
    const linked = !s.unlinked.includes(name);
    const values = { ...s.values };
    for (const id of s.ids) {
      if (!(name in (values[id] ?? {}))) continue;
      if (linked || id === lossId) values[id] = { ...values[id], [name]: value };
    }
    set({ values });
  },
  setLinked: (name, linked) => {
    const s = get();
    if (!linked) {
      if (!s.unlinked.includes(name)) set({ unlinked: [...s.unlinked, name] });
      return;
    }
    // Linking again: every loss takes the value of the first one that has the parameter.
    const first = s.ids.map((id) => s.values[id]?.[name]).find((v) => v !== undefined);
    const values = { ...s.values };
    for (const id of s.ids) if (first !== undefined && name in (values[id] ?? {})) values[id] = { ...values[id], [name]: first };
    set({ unlinked: s.unlinked.filter((n) => n !== name), values });
  },
  resetParams: () => set((s) => ({ values: fillValues(s.ids, {}, s.unlinked) })),

  setCursor: (cursorX) => set({ cursorX }),
  setXDomain: (xDomain) => set({ xDomain }),
  setPanels: (panels) => set({ panels }),
  load: (v) => set({ ...v }),

  notices: [],
  notify: (texts) => set((s) => ({ notices: [...s.notices, ...texts.map((text) => ({ id: nextNotice++, text }))] })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));

/** The shareable part of the store. */
export function viewOf(s: AtlasState): ViewState {
  const { view, ids, axis, values, unlinked, panels, xDomain, cursorX, preset } = s;
  return { view, ids, axis, values, unlinked, panels, xDomain, cursorX, preset };
}
