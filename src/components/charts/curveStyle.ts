/** How curves and cursor dots are drawn, the same in SVG (ChartPanel) and on a canvas (CurveCanvas). */
export const CURVE_WIDTH = 2.25;
/** Dash and gap lengths of a dashed curve, px. */
export const CURVE_DASH: readonly number[] = [6, 4];
export const DOT_RADIUS = 4;
/** Width of the panel-coloured ring around a cursor dot, px. */
export const DOT_RING = 1.5;

/** One curve as a panel draws it. */
export interface PanelLine {
  readonly id: string;
  readonly color: string;
  readonly dashed?: boolean;
  /** A dash pattern of its own (px); wins over `dashed`. Empty: solid. */
  readonly dash?: readonly number[];
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
}

/** The dash pattern a line is drawn with (empty: solid). */
export function dashOf(l: PanelLine): readonly number[] {
  return l.dash ?? (l.dashed ? CURVE_DASH : []);
}
