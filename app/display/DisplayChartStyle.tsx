import type { ReactNode } from 'react';
import { ChartStyleContext, DEFAULT_CHART_STYLE, type ChartStyle } from '../../src/components/charts/chartStyle';
import { projectorInk } from '../../src/components/charts/palette';
import { useDisplay } from '../state/store';

/**
 * Presenter mode's chart style: strokes and text a projector shows from the back of a room, and each
 * series dashed its own way, so that curves stay apart when a washed-out projector or a viewer's
 * colour vision does not tell their colours apart.
 */
export const PRESENT_CHART_STYLE: ChartStyle = {
  curveWidth: 3.5,
  fontSize: 24,
  heightScale: 0.7,
  seriesDashes: [[], [14, 7], [4, 5], [16, 5, 4, 5]],
  ink: projectorInk,
};

/** Gives every curve chart below it the style of the display mode. */
export function DisplayChartStyle({ children }: { readonly children: ReactNode }) {
  const { mode } = useDisplay();
  return <ChartStyleContext value={mode === 'present' ? PRESENT_CHART_STYLE : DEFAULT_CHART_STYLE}>{children}</ChartStyleContext>;
}
