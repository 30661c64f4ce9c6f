import { useMemo, useState } from 'react';
import type { PanelCurve } from '../../../src/components/charts/CurvePanels';
import { seriesColor } from '../../../src/components/charts/palette';
import type { Axis, LossSpec } from '../../../src/math/types';
import { breakAtBranches } from './branchBreaks';
import { sampleCurve, type DrawnLoss } from './sampleCurve';
import { profileOn, type ViewState } from '../../state/view';

export { POINTS, type DrawnLoss } from './sampleCurve';

/** The selected losses that can be drawn over the axis, each with its profile, values and colour. */
export function useDrawnLosses(specs: readonly LossSpec[], axis: Axis, values: ViewState['values']): DrawnLoss[] {
  return useMemo(
    () =>
      specs.flatMap((spec, i) => {
        const profile = profileOn(spec, axis);
        return profile ? [{ spec, profile, params: values[spec.id] ?? {}, color: seriesColor(i) }] : [];
      }),
    [specs, axis, values],
  );
}

/**
 * One PanelCurve per drawn loss; a curve is resampled only when its own parameters or the range change.
 * Effective weights are sampled only while the weight panel shows them.
 */
export function useCurves(drawn: readonly DrawnLoss[], xDomain: readonly [number, number], withWeight: boolean): PanelCurve[] {
  // The last curve per loss with the inputs it came from; a held object, not render state.
  const [cache] = useState(() => new Map<string, { key: readonly unknown[]; curve: PanelCurve }>());
  return useMemo(() => {
    const live = new Set<string>();
    const out = drawn.map((d) => {
      const key = [d.profile, d.params, d.color, xDomain, withWeight] as const;
      const hit = cache.get(d.spec.id);
      const curve = hit && hit.key.every((k, i) => k === key[i]) ? hit.curve : breakAtBranches(sampleCurve(d, xDomain, withWeight), d.profile, d.params);
      cache.set(d.spec.id, { key, curve });
      live.add(d.spec.id);
      return curve;
    });
    for (const id of cache.keys()) if (!live.has(id)) cache.delete(id);
    return out;
  }, [cache, drawn, xDomain, withWeight]);
}
