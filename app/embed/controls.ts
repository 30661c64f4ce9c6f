import { getLoss } from '../../src/math/losses';
import type { Display } from '../state/display';
import { controlShown } from '../state/display';
import type { SurfaceState } from '../state/surfaceState';
import type { ViewName } from '../state/view';
import type { ViewState } from '../state/view';

/**
 * The controls an embed can show, per view, by the names `controls=` takes. The views gate each control
 * with `shows(list, display)`, the Share dialog offers the same list as checkboxes, and names not in it
 * get a notice: one list, read three ways.
 */
export interface ControlList {
  /** Every name `controls=` understands for this view and state, in the order the Share dialog offers them. */
  readonly known: readonly string[];
  /** What an embed without `controls=` shows. */
  readonly byDefault: readonly string[];
  /** One line per name, for the Share dialog's checkboxes. */
  readonly labels: Readonly<Record<string, string>>;
}

/** The explorer's controls besides its parameters: the catalog, the presets, the panel and x-range toggles, the readout, the formulas. */
export const EXPLORER_PARTS = {
  loss: 'Loss catalog (pick losses, switch axis)',
  preset: 'Comparisons (presets)',
  panels: 'Panel toggles (derivative, weight)',
  range: 'x-range buttons and fields',
  readout: 'Readout at the cursor',
  formula: 'Formulas and code',
} as const;

/** The drawn losses' parameters by PyTorch name; a name set apart is also offered per loss (`margin.hinge`). */
function explorerParams(v: Pick<ViewState, 'ids' | 'unlinked'>): { names: string[]; labels: Record<string, string> } {
  const names: string[] = [];
  const labels: Record<string, string> = {};
  const owners = new Map<string, string[]>();
  for (const id of v.ids) {
    const spec = getLoss(id);
    for (const p of [...(spec?.params ?? []), ...(spec?.options ?? [])]) {
      if (!owners.has(p.name)) {
        owners.set(p.name, []);
        names.push(p.name);
        labels[p.name] = `${p.name} slider`;
      }
      owners.get(p.name)!.push(id);
    }
  }
  const apart = names.filter((n) => v.unlinked.includes(n)).flatMap((n) => owners.get(n)!.map((id) => [n, id] as const));
  for (const [name, id] of apart) labels[`${name}.${id}`] = `${name} of ${getLoss(id)?.title ?? id} alone`;
  return { names: [...names, ...apart.map(([name, id]) => `${name}.${id}`)], labels };
}

export function explorerControls(v: Pick<ViewState, 'ids' | 'unlinked'>): ControlList {
  const params = explorerParams(v);
  return {
    known: [...params.names, ...Object.keys(EXPLORER_PARTS)],
    byDefault: params.names.filter((n) => !n.includes('.')),
    labels: { ...params.labels, ...EXPLORER_PARTS },
  };
}

/** The surface view's controls besides its losses' parameters (names as in its link where it has them). */
export const SURFACE_PARTS = {
  model: 'Model picker',
  data: 'Data: presets, editing, the scatter',
  loss: 'Loss pickers',
  reg: 'Penalty R(w) picker',
  lambda: 'λ slider',
  l1_ratio: 'l1_ratio slider (elastic net)',
  method: 'Descent method',
  lr: 'lr slider',
  steps: 'steps slider',
  momentum: 'momentum slider',
  max_norm: 'max_norm slider',
  descent: 'Run, step, reset and the loss per step',
  color: 'Colour scale',
  formula: 'Objective formula',
} as const;

export function surfaceControls(s: Pick<SurfaceState, 'losses'>): ControlList {
  const params = [...new Set(s.losses.flatMap((id) => getLoss(id)?.params.map((p) => p.name) ?? []))];
  return {
    known: [...params, ...Object.keys(SURFACE_PARTS)],
    byDefault: [...params, 'lambda', 'l1_ratio'],
    labels: { ...Object.fromEntries(params.map((p) => [p, `${p} slider`])), ...SURFACE_PARTS },
  };
}

/**
 * A lesson step's figure carries its own controls (they are part of what it shows), so an embed of a step
 * always has them; `controls=` adds the parts of the page around the figure.
 */
export const LESSON_PARTS = {
  predict: 'Predict-first question (the figure reveals its answer once answered)',
  text: 'Explanation and formulas',
  steps: 'Step navigation',
} as const;

export const LESSON_CONTROLS: ControlList = { known: Object.keys(LESSON_PARTS), byDefault: ['predict'], labels: LESSON_PARTS };

/** Views with nothing to choose (the lessons index, the GPU check): they are embedded whole. */
export const NO_CONTROLS: ControlList = { known: [], byDefault: [], labels: {} };

/** The current view's list, from what the store holds. */
export function controlsOf(view: ViewName, state: { explorer: Pick<ViewState, 'ids' | 'unlinked'>; surface: Pick<SurfaceState, 'losses'> }): ControlList {
  if (view === 'explorer') return explorerControls(state.explorer);
  if (view === 'surface') return surfaceControls(state.surface);
  if (view === 'lesson') return LESSON_CONTROLS;
  return NO_CONTROLS;
}

/** Whether `name` is on screen: always outside an embed, else by `controls=` or the list's default. */
export function shows(list: ControlList, display: Display, name: string): boolean {
  return controlShown(display, name, list.byDefault.includes(name));
}

/** The names in `controls=` that this view does not have, as one notice (undefined when all are known). */
export function unknownControlsNotice(display: Display, list: ControlList): string | undefined {
  if (display.mode !== 'embed' || !display.controls) return undefined;
  const unknown = display.controls.filter((c) => !list.known.includes(c));
  if (!unknown.length) return undefined;
  const which = unknown.map((c) => `“${c}”`).join(', ');
  const offer = list.known.length ? ` This view's controls: ${list.known.join(', ')}.` : ' This view has no controls to choose.';
  return `controls: ${which} ${unknown.length === 1 ? 'is not a control' : 'are not controls'} of this view; left out.${offer}`;
}
