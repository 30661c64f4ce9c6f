import type { PanelCurve } from '../../../src/components/charts/CurvePanels';
import { sampleProfile } from '../../../src/math/sampling';
import type { LossSpec, Params, Profile } from '../../../src/math/types';

/** Samples per curve: enough that a kink at any x-range is sharp. */
export const POINTS = 1001;

/** A selected loss as it is drawn: its profile over the view's axis, its values and its colour. */
export interface DrawnLoss {
  readonly spec: LossSpec;
  readonly profile: Profile;
  readonly params: Params;
  readonly color: string;
}

/** One loss sampled over the range, as the chart panels draw it (its weight only while that panel shows). */
export function sampleCurve({ spec, profile, params, color }: DrawnLoss, xDomain: readonly [number, number], withWeight: boolean): PanelCurve {
  const c = sampleProfile(profile, params, xDomain, POINTS);
  const w = profile.weight;
  const weight = w && withWeight
    ? c.x.map((x) => {
        const v = w.at(x, params);
        return Number.isFinite(v) ? v : NaN;
      })
    : undefined;
  return { id: spec.id, label: spec.title, color, x: c.x, value: c.value, derivative: c.derivative, weight, weightLabel: w?.label };
}
