/**
 * How the data chart tells classes apart: by colour AND by shape (Okabe–Ito colours, so it stays readable
 * for colour-blind people and in grey print), and the words a screen reader says for each point.
 */
import { symbol, symbolCircle, symbolSquare, symbolTriangle, type SymbolType } from 'd3-shape';
import { SURFACE_MODELS } from '../../math/surface/models';
import type { Dataset, ModelKind } from '../../math/surface/types';
import { PALETTE } from '../charts/palette';

export type Shape = 'circle' | 'triangle' | 'square';

export interface ClassStyle {
  /** The label value stored in Dataset.y (binary ±1, softmax3 0..2; regression has one style, value 0). */
  readonly value: number;
  /** Short visible name, e.g. "+1", "−1", "0"; empty for regression. */
  readonly name: string;
  readonly color: string;
  readonly shape: Shape;
}

/** The k-th class of any model gets the k-th colour and shape. */
const SHAPES: readonly Shape[] = ['circle', 'triangle', 'square'];

/** The styles of a model's classes, from its spec's labels (a model without labels: one unnamed style, value 0). */
function stylesOf(kind: ModelKind): readonly ClassStyle[] {
  const labels = SURFACE_MODELS[kind].data.labels;
  if (!labels) return [{ value: 0, name: '', color: PALETTE[0], shape: 'circle' }];
  return labels.values.map((value, k) => ({
    value,
    name: labels.names[k] ?? String(value),
    color: PALETTE[k % PALETTE.length]!,
    shape: SHAPES[k % SHAPES.length]!,
  }));
}

const STYLES = Object.fromEntries(Object.keys(SURFACE_MODELS).map((k) => [k, stylesOf(k as ModelKind)])) as Readonly<
  Record<ModelKind, readonly ClassStyle[]>
>;

/** Whether points of this model carry a class label (else their target is a number, drawn as (x, target)). */
export function hasLabels(kind: ModelKind): boolean {
  return SURFACE_MODELS[kind].data.labels !== undefined;
}

/** The classes of a model kind, in picker and legend order (regression: one unnamed style). */
export function classesOf(kind: ModelKind): readonly ClassStyle[] {
  return STYLES[kind];
}

/** The style of a point with label `y` (an unknown label falls back to the first style). */
export function styleOf(kind: ModelKind, y: number): ClassStyle {
  const all = STYLES[kind];
  return hasLabels(kind) ? (all.find((c) => c.value === y) ?? all[0]!) : all[0]!;
}

/** The label new points get when none was chosen: the model's first class (+1 for binary, class 0 for softmax3). */
export function defaultLabel(kind: ModelKind): number {
  return STYLES[kind][0]!.value;
}

const SYMBOLS: Readonly<Record<Shape, SymbolType>> = { circle: symbolCircle, triangle: symbolTriangle, square: symbolSquare };

/** SVG path of a marker centred on (0, 0) with `area` square pixels (d3-shape computes the geometry). */
export function symbolPath(shape: Shape, area: number): string {
  return symbol(SYMBOLS[shape], area)() ?? '';
}

/** A number with two decimals and a true minus sign (−0.00 reads as 0.00). */
export function fmt2(v: number): string {
  const s = v.toFixed(2);
  return /^-0\.00$/.test(s) ? '0.00' : s.replace('-', '−');
}

/** Names of the two chart axes, from the model's spec: (x, y) for regression, (x1, x2) for the classifiers. */
export function axisNames(kind: ModelKind): readonly [string, string] {
  return SURFACE_MODELS[kind].data.axes;
}

/** The same names typeset for the chart: (x, y) or (x₁, x₂). */
export function axisLabels(kind: ModelKind): readonly [string, string] {
  return SURFACE_MODELS[kind].data.axisLabels;
}

/** What a screen reader says for point i: "Point 3: x1 = 1.20, x2 = −0.40, class +1" (numbering from 1). */
export function pointName(ds: Dataset, i: number): string {
  const [a, b] = pointCoords(ds, i);
  const [na, nb] = axisNames(ds.kind);
  const cls = hasLabels(ds.kind) ? `, class ${styleOf(ds.kind, ds.y[i]!).name}` : '';
  return `Point ${i + 1}: ${na} = ${fmt2(a)}, ${nb} = ${fmt2(b)}${cls}`;
}

/** Where point i sits on the chart: (x, target) for regression, (x₁, x₂) for the classifiers. */
export function pointCoords(ds: Dataset, i: number): readonly [number, number] {
  return hasLabels(ds.kind) ? [ds.x[2 * i]!, ds.x[2 * i + 1]!] : [ds.x[i]!, ds.y[i]!];
}
