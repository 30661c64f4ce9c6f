import { useApp } from './store';
import type { SurfaceSlice } from './surfaceSlice';
import type { SurfaceState } from './surfaceState';

export type { SurfaceActions, SurfaceSlice } from './surfaceSlice';

/** Reads the surface view's slice of the store: `useSurface((s) => s.losses)`. */
export function useSurface<T>(selector: (s: SurfaceSlice) => T): T {
  return useApp((s) => selector(s.surface));
}

/** The shareable part of the surface slice. */
export function surfaceOf(s: SurfaceSlice): SurfaceState {
  const { kind, data, seed, n, edited, losses, values, reg, lambda, l1_ratio, point, start, method, lr, steps, momentum, max_norm, colorScale, own } = s;
  const shared = { kind, data, seed, n, edited, losses, values, reg, lambda, l1_ratio, point, start, method, lr, steps, momentum, max_norm, colorScale };
  return own?.length ? { ...shared, own } : shared;
}
