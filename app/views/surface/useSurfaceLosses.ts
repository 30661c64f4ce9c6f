import { useSyncExternalStore } from 'react';
import { subscribeSurfaceLosses, surfaceLossesVersion } from '../../../src/math/surface';

/** A number that changes whenever the typed losses' surface entries do: a dependency for what reads them. */
export function useSurfaceLossesVersion(): number {
  return useSyncExternalStore(subscribeSurfaceLosses, surfaceLossesVersion, surfaceLossesVersion);
}
