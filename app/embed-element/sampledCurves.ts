import { useMemo } from 'react';
import type { PanelCurve } from '../../src/components/charts/CurvePanels';
import { seriesColor } from '../../src/components/charts/palette';
import { getLoss } from '../../src/math/losses';
import { sampleProfile } from '../../src/math/sampling';
import type { LossSpec, Params, Profile } from '../../src/math/types';
import type { ViewState } from '../state/view';
import { profileOn } from '../state/axes';

/** Samples per curve, as in the explorer: a kink stays sharp at any range. */
const POINTS = 1001;

export interface DrawnCurve {
  readonly spec: LossSpec;
  readonly profile: Profile;
  readonly params: Params;
  readonly color: string;
}

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
  return useMemo(
    () =>
      drawn.map(({ spec, profile, params, color }) => {
        const c = sampleProfile(profile, params, xDomain, POINTS);
        const w = profile.weight;
        const weight = w && withWeight
          ? c.x.map((x) => {
              const v = w.at(x, params);
              return Number.isFinite(v) ? v : NaN;
            })
          : undefined;
        return { id: spec.id, label: spec.title, color, x: c.x, value: c.value, derivative: c.derivative, weight, weightLabel: w?.label };
      }),
    [drawn, xDomain, withWeight],
  );
}
