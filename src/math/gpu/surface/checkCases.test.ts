import { describe, expect, it } from 'vitest';
import { checkObjective } from '../../surface/objective';
import { DATASET_PRESETS } from '../../surface/presets';
import { SURFACE_LOSS_ENTRIES } from '../../surface/registry';
import { surfaceCases } from './checkCases';

describe('GPU check cases', () => {
  const cases = surfaceCases(9);
  const key = (presetId: string, lossId: string, params: object) => `${presetId} ${lossId} ${JSON.stringify(params)}`;
  const keys = new Set(cases.map((c) => key(c.presetId, c.req.lossId, c.req.params)));

  it('run every registered loss on every preset of its model, at the defaults and at each example', () => {
    for (const entry of SURFACE_LOSS_ENTRIES) {
      const presets = DATASET_PRESETS.filter((p) => p.kind === entry.kind);
      expect(presets.length).toBeGreaterThan(0);
      for (const p of presets) for (const params of [{}, ...entry.examples]) expect(keys).toContain(key(p.id, entry.id, params));
    }
    expect(cases.length).toBe(keys.size);
  });

  it('are requests the float64 core accepts', () => {
    for (const c of cases) expect([c.presetId, c.req.lossId, checkObjective(c.req)]).toEqual([c.presetId, c.req.lossId, undefined]);
  });
});
