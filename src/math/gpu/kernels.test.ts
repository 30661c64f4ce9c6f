import { describe, expect, it } from 'vitest';
import { getLoss } from '../losses';
import { LOSS_GLSL, getLossGlsl } from './kernels';
import { CHECK_CASES } from './check';

describe('GPU kernel registry', () => {
  it('covers mse, huber, hinge and bce_logits, once each', () => {
    const ids = LOSS_GLSL.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['mse', 'huber', 'hinge', 'bce_logits']) expect(getLossGlsl(id)?.id).toBe(id);
    expect(getLossGlsl('nope')).toBeUndefined();
  });

  describe.each(LOSS_GLSL.map((k) => [k.id, k] as const))('%s', (id, kernel) => {
    it('mirrors a registry spec and declares exactly its params', () => {
      const spec = getLoss(id);
      expect(spec, `no float64 spec for ${id}`).toBeDefined();
      expect([...kernel.params].toSorted()).toEqual(spec!.params.map((p) => p.name).toSorted());
    });

    it('defines lossAt and uses only its declared uniforms', () => {
      expect(kernel.source).toMatch(/vec2 lossAt\(float x, float t\)/);
      const used = new Set([...kernel.source.matchAll(/\bu_(\w+)/g)].map((m) => m[1]));
      expect([...used].toSorted()).toEqual([...kernel.params].toSorted());
    });
  });

  it('checks every kernel, with parameters inside the spec ranges', () => {
    expect(CHECK_CASES.map((c) => c.lossId).toSorted()).toEqual(LOSS_GLSL.map((k) => k.id).toSorted());
    for (const c of CHECK_CASES) {
      const spec = getLoss(c.lossId);
      for (const [name, v] of Object.entries(c.params)) {
        const p = spec?.params.find((q) => q.name === name);
        expect(p, `${c.lossId}.${name}`).toBeDefined();
        expect(v).toBeGreaterThanOrEqual(p!.range[0]);
        expect(v).toBeLessThanOrEqual(p!.range[1]);
      }
    }
  });
});
