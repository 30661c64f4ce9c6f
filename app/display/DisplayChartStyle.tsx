import type { ReactNode } from 'react';
import { ChartStyleContext, DEFAULT_CHART_STYLE, type ChartStyle } from '../../src/components/charts/chartStyle';
import { useDisplay } from '../state/store';

/** Presenter mode's chart style: strokes and text a projector shows from the back of a room. */
export const PRESENT_CHART_STYLE: ChartStyle = { curveWidth: 3.5, fontSize: 24, heightScale: 0.7 };

/** Gives every curve chart below it the style of the display mode. */
export function DisplayChartStyle({ children }: { readonly children: ReactNode }) {
  const { mode } = useDisplay();
  return <ChartStyleContext value={mode === 'present' ? PRESENT_CHART_STYLE : DEFAULT_CHART_STYLE}>{children}</ChartStyleContext>;
}
