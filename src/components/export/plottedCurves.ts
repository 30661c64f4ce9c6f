import { createContext, useContext, useEffect, useId, useState } from 'react';
import type { CsvCurve } from './curvesCsv';

/** What one curve chart plots, as its CSV needs it. */
export interface PlottedCurves {
  readonly curves: readonly (CsvCurve & { readonly label: string })[];
  readonly panels: { readonly derivative: boolean; readonly weight: boolean };
  readonly xLabel: string;
}

/**
 * The curve charts drawn inside a region (a lesson's figure), in mount order: each chart reports what
 * it plots, so the region's CSV can hold exactly that. `onCount` hears when a chart comes or goes, not
 * when its curves change.
 */
export class PlottedRegistry {
  private readonly charts = new Map<string, PlottedCurves>();
  constructor(private readonly onCount: (n: number) => void) {}
  set(id: string, p: PlottedCurves) {
    const added = !this.charts.has(id);
    this.charts.set(id, p);
    if (added) this.onCount(this.charts.size);
  }
  delete(id: string) {
    if (this.charts.delete(id)) this.onCount(this.charts.size);
  }
  all(): PlottedCurves[] {
    return [...this.charts.values()];
  }
}

export const PlottedCurvesContext = createContext<PlottedRegistry | null>(null);

/** Reports a chart's plotted curves to the region around it, if any (nothing happens without one). */
export function useReportPlotted(p: PlottedCurves): void {
  const registry = useContext(PlottedCurvesContext);
  const id = useId();
  useEffect(() => {
    registry?.set(id, p);
  }, [registry, id, p]);
  useEffect(() => () => registry?.delete(id), [registry, id]);
}

/** A registry for a region and how many charts it holds now. */
export function usePlottedRegistry(): readonly [PlottedRegistry, number] {
  const [count, setCount] = useState(0);
  const [registry] = useState(() => new PlottedRegistry(setCount));
  return [registry, count];
}
