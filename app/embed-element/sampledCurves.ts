import { useMemo } from 'react';
import type { PanelCurve } from '../../src/components/charts/CurvePanels';
import { seriesColor } from '../../src/components/charts/palette';
import { getLoss } from '../../src/math/losses';
import { sampleCurve, type DrawnLoss } from '../views/explorer/sampleCurve';
import type { ViewState } from '../state/view';
import { profileOn } from '../state/axes';

export type DrawnCurve = DrawnLoss;

/** The view's losses that have a profile over its axis, with their parameters and colours. */
export function useDrawn(view: ViewState): DrawnCurve[] {
  const { ids, axis, values } = view;
  return useMemo(
    () =>
      ids.flatMap((id, i) => {
        const spec = getLoss(id);
        const profile = spec && profileOn(spec, axis);
        return spec && profile ? [{ spec, profile, params: values[id] ?? {}, color: seriesColor(i) }] : [];
      }),
    [ids, axis, values],
  );
}

/** One PanelCurve per drawn loss over the range (weights only while the weight panel shows). */
export function useSampledCurves(drawn: readonly DrawnCurve[], xDomain: ViewState['xDomain'], withWeight: boolean): PanelCurve[] {
  return useMemo(() => drawn.map((d) => sampleCurve(d, xDomain, withWeight)), [drawn, xDomain, withWeight]);
}
