import { createContext, useContext } from 'react';
import { CURVE_WIDTH } from './curveStyle';

/**
 * How big the curve charts draw their strokes and text: the app's default, or larger where the page asks
 * for it (presenter mode on a projector). Margins and label offsets follow the text size.
 */
export interface ChartStyle {
  /** Curve stroke width, CSS px. */
  readonly curveWidth: number;
  /** Tick and axis label size, CSS px. */
  readonly fontSize: number;
  /** Multiplies the panels' heights where they follow the width (a wide, short screen wants flatter charts). */
  readonly heightScale: number;
  /**
   * Dash patterns by series (px, canvas/SVG dash arrays; empty for solid), repeated when there are more
   * series: a second cue beside colour. Absent: solid, except curves that ask to be dashed.
   */
  readonly seriesDashes?: readonly (readonly number[])[];
  /** The colour a series is drawn in, from the colour it was given (presenter mode darkens them). */
  readonly ink?: (color: string) => string;
}

export const DEFAULT_CHART_STYLE: ChartStyle = { curveWidth: CURVE_WIDTH, fontSize: 12, heightScale: 1 };

export const ChartStyleContext = createContext<ChartStyle>(DEFAULT_CHART_STYLE);

export function useChartStyle(): ChartStyle {
  return useContext(ChartStyleContext);
}
