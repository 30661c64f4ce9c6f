/** How curves and cursor dots are drawn, the same in SVG (ChartPanel) and on a canvas (CurveCanvas). */
export const CURVE_WIDTH = 2.25;
/** Dash and gap lengths of a dashed curve, px. */
export const CURVE_DASH: readonly number[] = [6, 4];
export const DOT_RADIUS = 4;
/** Width of the panel-coloured ring around a cursor dot, px. */
export const DOT_RING = 1.5;
