/** Which point a pointer is on, and the order keyboard navigation visits points in (pure). */
import type { Dataset } from '../../math/surface/types';
import { pointCoords } from './classStyle';

/** Pointer radius (px) within which a press picks a point; markers are ~5 px, fingers need more. */
export const HIT_RADIUS = 14;

/**
 * Index of the point nearest to (qx, qy) within `radius` pixels, or undefined. On a tie the later point wins,
 * because it is drawn on top. Non-finite positions are never hit.
 */
export function nearestPoint(px: ArrayLike<number>, py: ArrayLike<number>, qx: number, qy: number, radius = HIT_RADIUS): number | undefined {
  let best: number | undefined;
  let bestD = radius * radius;
  for (let i = 0; i < px.length; i++) {
    const d = (px[i]! - qx) ** 2 + (py[i]! - qy) ** 2;
    if (d <= bestD) {
      best = i;
      bestD = d;
    }
  }
  return best;
}

/** Point indices sorted along one chart axis (ties by the other axis, then by index). */
export function navigationOrder(ds: Dataset, axis: 'x' | 'y'): Int32Array {
  const k = axis === 'x' ? 0 : 1;
  return Int32Array.from({ length: ds.n }, (_, i) => i).toSorted((i, j) => {
    const a = pointCoords(ds, i);
    const b = pointCoords(ds, j);
    return a[k]! - b[k]! || a[1 - k]! - b[1 - k]! || i - j;
  });
}

/**
 * The point `delta` places from `current` in `order`, stopping at the ends. With no current point, a step
 * forward starts at the first point and a step back at the last.
 */
export function stepIndex(order: Int32Array, current: number | undefined, delta: number): number | undefined {
  if (order.length === 0) return undefined;
  const at = current === undefined ? -1 : order.indexOf(current);
  if (at < 0) return order[delta > 0 ? 0 : order.length - 1];
  return order[Math.min(order.length - 1, Math.max(0, at + delta))];
}
