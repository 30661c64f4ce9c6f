import { getLoss } from '../../src/math/losses';
import { withConflicts } from '../../src/math/losses/sharedParams';
import type { OwnDef } from '../../src/math/own/def';
import type { Axis } from '../../src/math/types';
import { getPreset, presetValues } from '../presets';

/** The views the app has; the link's `view` key picks one (a bare address opens the explorer). */
export const VIEWS = ['explorer', 'surface', 'gpu-check', 'lessons', 'lesson'] as const;
export type ViewName = (typeof VIEWS)[number];

/** Everything the explorer's link can carry, declared once and shared by store and codec. */
export interface ViewState {
  /** Selected loss ids, in drawing order. */
  readonly ids: readonly string[];
  /** The shared x-axis of the chart. */
  readonly axis: Axis;
  /** Parameter values per loss id, by PyTorch name (strings are options). */
  readonly values: Readonly<Record<string, Readonly<Record<string, number | string>>>>;
  /** Parameter names set apart per loss; all others are linked across the selected losses. */
  readonly unlinked: readonly string[];
  readonly panels: { readonly derivative: boolean; readonly weight: boolean };
  readonly xDomain: readonly [number, number];
  readonly cursorX: number;
  /** The preset the view shows, while its losses, axis and values still match it. */
  readonly preset?: string;
  /** The typed losses (own1…own3) the link carries: a copy of the shared slice's, kept in step by the store. */
  readonly own?: readonly OwnDef[];
}

export { AXES, profileOn } from './axes';
import { profileOn } from './axes';

/** The default plotting window for `ids` over `axis`: the first drawable loss's profile domain. */
export function defaultDomain(ids: readonly string[], axis: Axis): readonly [number, number] {
  for (const id of ids) {
    const spec = getLoss(id);
    const prof = spec && profileOn(spec, axis);
    if (prof) return prof.domain;
  }
  return [-4, 4];
}

/**
 * Values for every selected loss: each keeps what it had; a newly added loss takes a linked
 * parameter's value from a loss that already has it, otherwise the parameter's default.
 */
export function fillValues(
  ids: readonly string[],
  prev: ViewState['values'],
  unlinked: readonly string[],
): Record<string, Record<string, number | string>> {
  const out: Record<string, Record<string, number | string>> = {};
  const apart = withConflicts(ids, unlinked);
  const shared: Record<string, number | string> = {};
  for (const id of ids) for (const [k, v] of Object.entries(prev[id] ?? {})) if (!(k in shared)) shared[k] = v;
  for (const id of ids) {
    const spec = getLoss(id);
    if (!spec) continue;
    const own = prev[id] ?? {};
    const row: Record<string, number | string> = {};
    for (const p of spec.params) {
      const linked = !apart.includes(p.name);
      row[p.name] = own[p.name] ?? (linked ? shared[p.name] : undefined) ?? p.default;
    }
    for (const o of spec.options ?? []) row[o.name] = own[o.name] ?? shared[o.name] ?? o.default;
    out[id] = row;
  }
  return out;
}

const FIRST = getPreset('huber-mse-mae')!;

/** The view a bare address opens: the Huber vs MSE vs MAE comparison. */
export const DEFAULT_VIEW: ViewState = {
  ids: FIRST.ids,
  axis: FIRST.axis,
  values: presetValues(FIRST),
  unlinked: [],
  panels: FIRST.panels ?? { derivative: true, weight: false },
  xDomain: FIRST.xDomain ?? [-4, 4],
  cursorX: 2,
  preset: FIRST.id,
};
