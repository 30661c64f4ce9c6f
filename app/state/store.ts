import { create } from 'zustand';
import { getLoss } from '../../src/math/losses';
import { withDefaults } from '../../src/math/tensor';

/** Which losses are on the chart. */
export interface SelectionSlice {
  readonly ids: readonly string[];
  setIds: (ids: readonly string[]) => void;
}

/** Parameter values by PyTorch name; a name shared by two selected losses drives both. */
export interface ParamsSlice {
  readonly params: Readonly<Record<string, number>>;
  setParam: (name: string, value: number) => void;
  resetParams: () => void;
}

/** The visible window and the crosshair. */
export interface ViewSlice {
  readonly xDomain: readonly [number, number];
  readonly cursorX: number;
  setCursor: (x: number) => void;
  setXDomain: (d: readonly [number, number]) => void;
}

export type AtlasState = SelectionSlice & ParamsSlice & ViewSlice;

export const DEFAULT_IDS = ['huber', 'mse', 'mae'] as const;

/** Defaults of every numeric parameter of the given losses. */
export function defaultParams(ids: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of ids) {
    const spec = getLoss(id);
    if (!spec) continue;
    for (const [k, v] of Object.entries(withDefaults(spec))) if (typeof v === 'number' && !(k in out)) out[k] = v;
  }
  return out;
}

export const useAtlas = create<AtlasState>()((set, get) => ({
  ids: DEFAULT_IDS,
  setIds: (ids) => set({ ids, params: { ...defaultParams(ids), ...get().params } }),
  params: defaultParams(DEFAULT_IDS),
  setParam: (name, value) => set({ params: { ...get().params, [name]: value } }),
  resetParams: () => set({ params: defaultParams(get().ids) }),
  xDomain: [-4, 4],
  cursorX: 2,
  setCursor: (cursorX) => set({ cursorX }),
  setXDomain: (xDomain) => set({ xDomain }),
}));
