import type { PanelCurve } from '../../../src/components/charts/CurvePanels';
import { seriesColor } from '../../../src/components/charts/palette';
import { sampleCurve } from '../../../src/math/lessons/likelihood';

/** A curve for CurvePanels from a function over `domain` (only the loss panel is shown: no derivative). */
export function panelCurve(
  id: string,
  label: string,
  colorIndex: number,
  f: (x: number) => number,
  domain: readonly [number, number],
  dashed = false,
): PanelCurve {
  const { x, y } = sampleCurve(f, domain, 241);
  return { id, label, color: seriesColor(colorIndex), x, value: y, derivative: new Float64Array(x.length), dashed };
}

export const LOSS_PANEL_ONLY = { derivative: false, weight: false } as const;
