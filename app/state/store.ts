import { create } from 'zustand';
import { withConflicts } from '../../src/math/losses/sharedParams';
import { getLoss } from '../../src/math/losses';
import type { Axis } from '../../src/math/types';
import { getPreset, presetMatches, presetValues } from '../presets';
import { APP_DISPLAY, controlShown, sameDisplay, type Display } from './display';
import { createLessonSlice, type LessonSlice } from './lessonSlice';
import { ownEngine } from './ownHook';
import { createOwnSlice, type OwnSlice, type OwnState } from './ownSlice';
import { createSurfaceSlice, surfaceAfterOwn, type SurfaceSlice } from './surfaceSlice';
import { startCursor } from './axes';
import { DEFAULT_VIEW, defaultDomain, fillValues, profileOn, type ViewName, type ViewState } from './view';

/**
 * The one store of the app, in slices: the route (which view), the notices, and each view's state with
 * its actions. Components read a slice through its selector hook (`useAtlas`, `useSurface`); the link
 * (urlSync.ts) reads and loads whole slices.
 */

/** A message about something the app changed or refused (bad link fields, incompatible losses). */
export interface Notice {
  readonly id: number;
  readonly text: string;
  /** 'link': about the address being read; replaced when another address is read (back/forward). */
  readonly source: 'link' | 'app';
}

export interface RouteSlice {
  readonly view: ViewName;
  /** How the page presents the view: the whole app, presenter mode or an embed (display.ts). */
  readonly display: Display;
  go: (view: ViewName) => void;
  setDisplay: (display: Display) => void;
}

export interface NoticesSlice {
  readonly items: readonly Notice[];
  /** The id the next notice gets. */
  readonly nextId: number;
  /** Adds notices about something the app did. */
  notify: (texts: readonly string[]) => void;
  /** Replaces the notices about the previous address with those about the one just read. */
  replaceLinkNotices: (texts: readonly string[]) => void;
  /** Adds notices about the address just read (a lesson's fields, read once its chunk has loaded). */
  addLinkNotices: (texts: readonly string[]) => void;
  dismiss: (id: number) => void;
}

export interface SelectionActions {
  /** Adds or removes a loss drawn over the current axis. */
  toggleLoss: (id: string) => void;
  /** Replaces the selection (e.g. to draw a loss over another axis). */
  select: (ids: readonly string[], axis: Axis) => void;
  /** Loads a comparison: its losses, axis, parameter values, x-range and panels. */
  applyPreset: (id: string) => void;
}

export interface ParamsActions {
  /** Sets a parameter; when linked it moves in every selected loss that has it, else only in `lossId`. */
  setParam: (name: string, value: number | string, lossId?: string) => void;
  /** Sets several parameters at once in every drawn loss that has them (a preset's stop). */
  setParams: (params: Readonly<Record<string, number>>) => void;
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

/** The explorer's slice: what its link carries, and what changes it. */
export type AtlasState = ViewState & SelectionActions & ParamsActions & ViewActions;

export interface AppState {
  readonly route: RouteSlice;
  readonly notices: NoticesSlice;
  readonly explorer: AtlasState;
  readonly surface: SurfaceSlice;
  readonly lesson: LessonSlice;
  /** The typed losses, shared by every view. */
  readonly own: OwnSlice;
}

type SetApp = (fn: (s: AppState) => Partial<AppState>) => void;
type GetApp = () => AppState;

/** The preset stays marked only while the view is still what the preset shows. */
function keepPreset(v: ViewState): string | undefined {
  const p = v.preset === undefined ? undefined : getPreset(v.preset);
  return p && presetMatches(p, v.ids, v.axis, v.values) ? p.id : undefined;
}

function createExplorerSlice(setApp: SetApp, getApp: GetApp): AtlasState {
  const get = () => getApp().explorer;
  const set = (patch: Partial<ViewState>) => setApp((s) => ({ explorer: { ...s.explorer, ...patch } }));
  const setValues = (patch: Partial<ViewState>) => {
    const next = { ...get(), ...patch };
    set({ ...patch, preset: keepPreset(next) });
  };
  return {
    ...DEFAULT_VIEW,
    toggleLoss: (id) => {
      const s = get();
      const spec = getLoss(id);
      if (!spec || !profileOn(spec, s.axis)) return;
      const ids = s.ids.includes(id) ? s.ids.filter((x) => x !== id) : [...s.ids, id];
      const unlinked = withConflicts(ids, s.unlinked);
      set({ ids, unlinked, values: fillValues(ids, s.values, unlinked), preset: undefined });
    },
    select: (ids, axis) => {
      const s = get();
      const domain = defaultDomain(ids, axis);
      const cursorX = startCursor(domain);
      const unlinked = withConflicts(ids, s.unlinked);
      set({ ids, axis, unlinked, values: fillValues(ids, s.values, unlinked), preset: undefined, xDomain: domain, cursorX });
    },
    applyPreset: (id) => {
      const p = getPreset(id);
      if (!p) return;
      const xDomain = p.xDomain ?? defaultDomain(p.ids, p.axis);
      const cursorX = startCursor(xDomain);
      set({ ids: p.ids, axis: p.axis, values: presetValues(p), unlinked: withConflicts(p.ids, []), preset: p.id, xDomain, cursorX, panels: p.panels ?? get().panels });
    },
    setParam: (name, value, lossId) => {
      const s = get();
      const linked = !s.unlinked.includes(name);
      const values = { ...s.values };
      for (const id of s.ids) {
        if (!(name in (values[id] ?? {}))) continue;
        if (linked || id === lossId) values[id] = { ...values[id], [name]: value };
      }
      setValues({ values });
    },
    setParams: (params) => {
      const s = get();
      const values = { ...s.values };
      for (const id of s.ids) {
        const own = Object.entries(params).filter(([k]) => k in (values[id] ?? {}));
        if (own.length > 0) values[id] = { ...values[id], ...Object.fromEntries(own) };
      }
      setValues({ values });
    },
    setLinked: (name, linked) => {
      const s = get();
      if (!linked) {
        if (!s.unlinked.includes(name)) set({ unlinked: [...s.unlinked, name] });
        return;
      }
      // A name these losses use for different quantities stays apart.
      if (withConflicts(s.ids, []).includes(name)) return;
      // Linking again: every loss takes the value of the first one that has the parameter.
      const first = s.ids.map((id) => s.values[id]?.[name]).find((v) => v !== undefined);
      const values = { ...s.values };
      for (const id of s.ids) if (first !== undefined && name in (values[id] ?? {})) values[id] = { ...values[id], [name]: first };
      setValues({ unlinked: s.unlinked.filter((n) => n !== name), values });
    },
    resetParams: () => setValues({ values: fillValues(get().ids, {}, get().unlinked) }),
    setCursor: (cursorX) => set({ cursorX }),
    setXDomain: (xDomain) => set({ xDomain }),
    setPanels: (panels) => set({ panels }),
    load: (v) => {
      set({ ...v, own: v.own ?? [] });
      getApp().own.load(v.own ?? []);
    },
  };
}

/**
 * The explorer after the typed losses changed: a loss no longer registered leaves the selection, the values
 * follow the parameters (kept where the name stays, clamped into a changed range), and the link's copy of
 * the typed losses is the slice's.
 */
function explorerAfterOwn(e: AtlasState, own: OwnState): AtlasState {
  const ids = e.ids.filter((id) => getLoss(id) && profileOn(getLoss(id)!, e.axis));
  const values = fillValues(ids, e.values, e.unlinked);
  for (const d of own.defs) {
    const row = values[d.id];
    if (!row) continue;
    for (const p of getLoss(d.id)?.params ?? []) {
      const v = row[p.name];
      if (typeof v === 'number') row[p.name] = Math.min(p.range[1], Math.max(p.range[0], v));
    }
  }
  const next = { ...e, ids, values, own: own.defs };
  return { ...next, preset: keepPreset(next) };
}

function createNoticesSlice(setApp: SetApp): NoticesSlice {
  const add = (texts: readonly string[], source: Notice['source'], keep: (n: Notice) => boolean) =>
    setApp((s) => {
      const n = s.notices;
      const items = [...n.items.filter(keep), ...texts.map((text, i) => ({ id: n.nextId + i, text, source }))];
      return { notices: { ...n, items, nextId: n.nextId + texts.length } };
    });
  return {
    items: [],
    nextId: 1,
    notify: (texts) => add(texts, 'app', () => true),
    replaceLinkNotices: (texts) => add(texts, 'link', (n) => n.source !== 'link'),
    addLinkNotices: (texts) => {
      if (texts.length) add(texts, 'link', () => true);
    },
    dismiss: (id) => setApp((s) => ({ notices: { ...s.notices, items: s.notices.items.filter((n) => n.id !== id) } })),
  };
}

export const useApp = create<AppState>()((set, get) => ({
  route: {
    view: 'explorer',
    display: APP_DISPLAY,
    go: (view) => set((s) => ({ route: { ...s.route, view } })),
    setDisplay: (display) => set((s) => (sameDisplay(display, s.route.display) ? {} : { route: { ...s.route, display } })),
  },
  notices: createNoticesSlice(set),
  explorer: createExplorerSlice(set, get),
  surface: createSurfaceSlice(
    (fn) => set((s) => ({ surface: { ...s.surface, ...fn(s.surface) } })),
    () => get().surface,
    (defs) => get().own.load(defs),
  ),
  own: createOwnSlice({
    get: () => get().own,
    set: (patch) =>
      set((s) => {
        const own = { ...s.own, ...patch };
        return { own, explorer: explorerAfterOwn(s.explorer, own), surface: surfaceAfterOwn(s.surface, own.defs) };
      }),
    engine: ownEngine,
  }),
  lesson: createLessonSlice({
    set: (patch, toIndex) =>
      set((s) => ({ lesson: { ...s.lesson, ...patch }, ...(toIndex ? { route: { ...s.route, view: 'lessons' as const } } : {}) })),
    get: () => get().lesson,
    linkNotices: (texts) => get().notices.addLinkNotices(texts),
  }),
}));

/** Reads the explorer's slice: `useAtlas((s) => s.ids)`. */
export function useAtlas<T>(selector: (s: AtlasState) => T): T {
  return useApp((s) => selector(s.explorer));
}

/** The shareable part of the explorer's slice. */
export function viewOf(s: AtlasState): ViewState {
  const { ids, axis, values, unlinked, panels, xDomain, cursorX, preset, own } = s;
  return { ids, axis, values, unlinked, panels, xDomain, cursorX, preset, ...(own?.length ? { own } : {}) };
}

/** How the page presents the view (the whole app, presenter mode, an embed). */
export function useDisplay(): Display {
  return useApp((s) => s.route.display);
}

/** Whether a control is on screen in the current display (see `controlShown`). */
export function useControlShown(name: string, shownByDefault = false): boolean {
  return useApp((s) => controlShown(s.route.display, name, shownByDefault));
}
