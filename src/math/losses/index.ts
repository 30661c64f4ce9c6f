import { CORE_LOSSES } from './core';
import { catalogRegistered, registerCatalog, registerLosses } from './registry';

registerLosses(CORE_LOSSES);

export { FAMILY_TITLES, getLoss, LOSSES, lossesSnapshot, registerLosses, registerCatalog, subscribeLosses, catalogRegistered, setOwnLosses, isOwnLoss } from './registry';
export { CATALOG_IDS, CATALOG_MANIFEST } from './catalogManifest';

let loading: Promise<void> | undefined;

/**
 * Loads and registers the catalog beyond the notes' losses (catalog.ts), once. A failed fetch is not kept, so
 * a later call tries again.
 */
export function loadCatalog(): Promise<void> {
  if (catalogRegistered()) return Promise.resolve();
  loading ??= import('./catalog').then(
    (m) => registerCatalog(m.CATALOG_LOSSES),
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}
