import { afterEach, describe, expect, it, vi } from 'vitest';

const load = vi.hoisted(() => ({ fn: (): Promise<void> => Promise.resolve() }));
vi.mock('../src/math/losses', () => ({ loadCatalog: () => load.fn() }));

const { CATALOG_FAILED, CATALOG_SLOW, CatalogTimeout, catalogNotice, loadCatalogWithin } = await import('./catalogLoad');

describe('loadCatalogWithin', () => {
  afterEach(() => vi.useRealTimers());

  it('resolves when the chunk arrives in time', async () => {
    load.fn = () => Promise.resolve();
    await expect(loadCatalogWithin(1000)).resolves.toBeUndefined();
  });

  it('rejects with a timeout when the request stalls, and says the page went on without it', async () => {
    vi.useFakeTimers();
    load.fn = () => new Promise<void>(() => {});
    let settled = false;
    const caught = loadCatalogWithin(5000).catch((e: unknown) => {
      settled = true;
      return e;
    });
    await vi.advanceTimersByTimeAsync(4999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const e = await caught;
    expect(e).toBeInstanceOf(CatalogTimeout);
    expect(catalogNotice(e)).toBe(CATALOG_SLOW);
  });

  it('passes a failed fetch on as a failure, with its own notice', async () => {
    load.fn = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const e = await loadCatalogWithin(1000).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(TypeError);
    expect(catalogNotice(e)).toBe(CATALOG_FAILED);
  });
});
