import { CATALOG_LOSSES } from './catalog';
import { registerCatalog } from './index';

/**
 * Registers the catalog's losses at once, where nothing is fetched lazily: Node scripts (conformance, the
 * e2e suite's own math) and the unit tests (all.setup.ts). The app loads them with loadCatalog instead.
 */
export function registerAll(): void {
  registerCatalog(CATALOG_LOSSES);
}
