import { describe, expect, it } from 'vitest';
import { LOSSES } from '../../src/math/losses';
import { DISPLAY_KEYS } from './link';
import { RESERVED_PARAM_NAMES } from './ownLimits';
import { SURFACE_FIELDS } from './surfaceCodec';
import { DEFAULT_SURFACE } from './surfaceState';
import { explorerCodec } from './urlCodec';
import { DEFAULT_VIEW } from './view';

describe('the names a typed parameter may not take', () => {
  it('cover every key the explorer and surface links read, other than loss parameters', () => {
    // Keys of the loss parameter fields are the losses' own names (and typed parameters join them there). Old
    // names (lam, rho, …) are read only in version-1 links, which predate typed losses.
    const lossParams = new Set(LOSSES.flatMap((l) => [...l.params, ...(l.options ?? [])].map((p) => p.name)));
    const keys = [
      ...explorerCodec.fields.flatMap((f) => f.keys(DEFAULT_VIEW)),
      ...SURFACE_FIELDS.flatMap((f) => f.keys(DEFAULT_SURFACE)),
      ...DISPLAY_KEYS,
      'v',
    ].filter((k) => !lossParams.has(k) && !k.includes('.'));
    const missing = [...new Set(keys)].filter((k) => !RESERVED_PARAM_NAMES.includes(k));
    expect(missing).toEqual([]);
  });
});
