import { wrapDeg } from '../../../src/math/lessons/metricCircle';
import { MAX_CIRCLE_NEGATIVES, type MetricState } from './state';

/** Golden-angle steps: each added negative lands away from the ones before it. */
const GOLDEN = 137.5;

/** The state changes of the circle figures (InfoNCE and ArcFace). */
export function circleEdits(state: MetricState, set: (patch: Partial<MetricState>) => void) {
  const n = state.qn;
  return {
    onAnchor: (qa: number) => set({ qa }),
    onPositive: (qp: number) => set({ qp }),
    onNegative: (i: number, a: number) => set({ qn: n.map((q, j) => (j === i ? a : q)) }),
    onAdd: () => {
      if (n.length < MAX_CIRCLE_NEGATIVES) set({ qn: [...n, wrapDeg(Math.round(state.qa + 180 + GOLDEN * n.length))] });
    },
    onRemove: () => {
      if (n.length > 1) set({ qn: n.slice(0, -1) });
    },
  };
}
