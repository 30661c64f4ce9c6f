import { settleWithin } from './settleWithin';
import { loadCatalog } from '../src/math/losses';

/** What the page says when the catalog's chunk (the losses beyond the notes') cannot be fetched. */
export const CATALOG_FAILED =
  'The losses beyond the notes’ could not be loaded (their code did not arrive); the catalog shows the others. Reload the page to try again.';

/** What it says when the chunk has not arrived in time; it may still arrive, and then joins the catalog. */
export const CATALOG_SLOW =
  'The losses beyond the notes’ are taking long to load; the page opened without them, and the catalog adds them if they arrive.';

/** How long a page waits for the catalog's chunk before it goes on without it. */
export const CATALOG_WAIT_MS = 20_000;

export class CatalogTimeout extends Error {
  override name = 'CatalogTimeout';
}

/**
 * Loads the catalog's chunk, or rejects with CatalogTimeout after `ms` (a stalled request must not hold a page
 * blank or a list "loading" forever). A load that finishes later still registers the losses.
 */
export function loadCatalogWithin(ms = CATALOG_WAIT_MS): Promise<void> {
  return settleWithin(loadCatalog(), ms, () => new CatalogTimeout(`no catalog after ${ms} ms`));
}

/** The notice for a failed or timed-out load. */
export const catalogNotice = (e: unknown): string => (e instanceof CatalogTimeout ? CATALOG_SLOW : CATALOG_FAILED);
