import { useEffect, useRef, useSyncExternalStore } from 'react';
import { subscribeSurfaceLosses, surfaceLossesVersion } from '../../../src/math/surface';
import { useSurface } from '../../state/surfaceStore';
import { DEFAULT_PAIRS, lossDefaults, lossesFor } from '../../state/surfaceState';

/** A number that changes whenever the typed losses' surface entries do: a dependency for what reads them. */
export function useSurfaceLossesVersion(): number {
  return useSyncExternalStore(subscribeSurfaceLosses, surfaceLossesVersion, surfaceLossesVersion);
}

/**
 * When the typed losses change and a surface shows one that is gone (its formula deleted, or moved to an axis
 * this model does not draw), the surface drops it; with nothing left it shows the model's opening loss. Only
 * on a change: a link's typed losses may still be loading when the view mounts.
 */
export function useDropVanishedLosses(version: number): void {
  const kind = useSurface((s) => s.kind);
  const losses = useSurface((s) => s.losses);
  const values = useSurface((s) => s.values);
  const set = useSurface((s) => s.set);
  const seen = useRef(version);
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    const drawable = lossesFor(kind);
    const kept = losses.filter((id) => drawable.includes(id));
    if (kept.length === losses.length) return;
    const next = kept.length > 0 ? kept : [DEFAULT_PAIRS[kind][0]];
    set({ losses: next, values: { ...lossDefaults(next), ...Object.fromEntries(next.filter((id) => id in values).map((id) => [id, values[id]!])) } });
  }, [version, kind, losses, values, set]);
}
