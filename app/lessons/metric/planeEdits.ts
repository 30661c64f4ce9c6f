import { NEW_NEGATIVE_SPOTS, type Point } from '../../../src/math/lessons/metric';
import { MAX_PLANE_NEGATIVES, type MetricState } from './state';

/** The state changes the plane figures make, shared by the triplet and contrastive steps. */
export function planeEdits(state: MetricState, set: (patch: Partial<MetricState>) => void) {
  const n = state.negatives;
  return {
    onAnchor: (p: Point) => set({ anchor: p }),
    onPositive: (p: Point) => set({ positive: p }),
    onNegative: (i: number, p: Point) => set({ negatives: n.map((q, j) => (j === i ? p : q)) }),
    onAdd: () => {
      if (n.length < MAX_PLANE_NEGATIVES) set({ negatives: [...n, NEW_NEGATIVE_SPOTS[n.length % NEW_NEGATIVE_SPOTS.length]!] });
    },
    onRemove: () => {
      if (n.length > 1) set({ negatives: n.slice(0, -1) });
    },
  };
}
