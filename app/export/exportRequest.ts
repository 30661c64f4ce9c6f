import type { CurvePanelsProps } from '../../src/components/charts/CurvePanels';
import type { PlottedCurves } from '../../src/components/export/plottedCurves';
import type { Params } from '../../src/math/types';
import type { Dataset, SurfaceRequest } from '../../src/math/surface/types';

export type ExportFormat = 'svg' | 'png' | 'csv';

/** The PNG's pixel density: its width and height are this many times the chart's CSS size. */
export const PNG_SCALE = 2;

/**
 * What one chart's export needs, gathered when a button is pressed. A DOM figure is exported as it is
 * on the page; the explorer's chart is drawn again off screen with SVG curves (on the page they are on
 * a canvas) from the very props the page used.
 */
export type ExportRequest =
  | {
      readonly kind: 'curves';
      readonly chart: CurvePanelsProps;
      /** The losses drawn and their parameters, for the CSV's first lines. */
      readonly losses: readonly { readonly id: string; readonly params: Params }[];
      readonly axis: string;
    }
  | {
      readonly kind: 'surface';
      readonly figure: Element | null | undefined;
      readonly req: SurfaceRequest;
      readonly uLabel: string;
      readonly vLabel: string;
      readonly colorScale: 'linear' | 'log';
    }
  | { readonly kind: 'scatter'; readonly figure: Element | null | undefined; readonly dataset: Dataset }
  | {
      readonly kind: 'figure';
      readonly figure: Element | null | undefined;
      /** The curve charts drawn in the figure, for its CSV. */
      readonly plotted: readonly PlottedCurves[];
    };
