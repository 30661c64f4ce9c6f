import { describe, expect, it } from 'vitest';
import { CATALOG_LOSSES } from './catalog';
import { CORE_LOSSES } from './core';
import { CATALOG_IDS, CATALOG_MANIFEST } from './catalogManifest';

describe('the catalog manifest', () => {
  it('lists exactly the catalog chunk’s losses, with their parameter and option names in order', () => {
    const derived = Object.fromEntries(CATALOG_LOSSES.map((l) => [l.id, [...l.params, ...(l.options ?? [])].map((p) => p.name)]));
    expect(CATALOG_MANIFEST).toEqual(derived);
    expect(CATALOG_IDS.filter((id) => CORE_LOSSES.some((l) => l.id === id))).toEqual([]);
  });
});
