import { afterEach, describe, expect, it } from 'vitest';
import { installOwn } from '../../own/install';
import { surfaceCpu } from '../../surface/surfaceCpu';
import { installOwnCase, OWN_CHECK_FORMULAS } from './ownCheckCases';

afterEach(() => installOwn([]));

describe('the typed formulas of the GPU check', () => {
  it.each(OWN_CHECK_FORMULAS.map((f) => [f.text, f] as const))('%s compiles and gives a case on every preset of its model', (_, f) => {
    const cases = installOwnCase(f, 17);
    if (typeof cases === 'string') throw new Error(cases);
    expect(cases.map((c) => c.req.dataset.kind)).toEqual(cases.map(() => (f.axis === 'residual' ? 'regression' : 'binary')));
    expect(cases.length).toBeGreaterThanOrEqual(3);
    for (const { presetId, req } of cases) {
      const s = surfaceCpu(req);
      if (f.window) {
        // A formula with an undefined part: the window shows both sides, as the check means it to.
        expect({ presetId, some: (s.undefinedCells ?? 0) > 0, notAll: (s.undefinedCells ?? 0) < 17 * 17 }).toEqual({ presetId, some: true, notAll: true });
      } else expect({ presetId, problem: s.problem }).toEqual({ presetId, problem: undefined });
    }
  });
});
