import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { catalogRegistered, getLoss, lossesSnapshot, subscribeLosses } from '../../../src/math/losses';
import type { LossSpec } from '../../../src/math/types';
import { catalogNotice, loadCatalogWithin } from '../../catalogLoad';
import { getPreset } from '../../presets';
import { useApp } from '../../state/store';

/** Every registered loss, re-rendering when the catalog's chunk adds its losses. */
export function useLosses(): readonly LossSpec[] {
  return useSyncExternalStore(subscribeLosses, lossesSnapshot, lossesSnapshot);
}

export type CatalogStatus = 'loading' | 'ready' | 'failed';

const notifyFailed = (e: unknown) => useApp.getState().notices.notify([catalogNotice(e)]);

/** Starts loading the catalog's chunk once `when` is true (after the first paint); says how it went. */
export function useCatalogChunk(when: boolean): CatalogStatus {
  const [status, setStatus] = useState<CatalogStatus>(() => (catalogRegistered() ? 'ready' : 'loading'));
  useEffect(() => {
    if (!when || status !== 'loading') return;
    let live = true;
    loadCatalogWithin().then(
      () => live && setStatus('ready'),
      (e: unknown) => {
        if (!live) return;
        setStatus('failed');
        notifyFailed(e);
      },
    );
    return () => {
      live = false;
    };
  }, [when, status]);
  return status;
}

/** Applies a preset, first loading the catalog's chunk when the preset draws one of its losses. */
export function usePickPreset(applyPreset: (id: string) => void): (id: string) => void {
  return useCallback(
    (id: string) => {
      const missing = getPreset(id)?.ids.some((l) => !getLoss(l));
      if (!missing) return applyPreset(id);
      loadCatalogWithin().then(() => applyPreset(id), notifyFailed);
    },
    [applyPreset],
  );
}
