import { describe, expect, it } from 'vitest';
import { checkDataset } from '../edits';
import { makeDataset } from '../presets';
import { MODEL_KINDS, SURFACE_LOSSES, SURFACE_MODELS } from '../registry';

/** Every model spec, held to what the rest of the app reads from it: no model is tested by hand. */
describe.each(MODEL_KINDS.map((k) => [k, SURFACE_MODELS[k]] as const))('model %s', (kind, model) => {
  it('names itself by its registry key and opens on its own losses and data', () => {
    expect(model.kind).toBe(kind);
    expect(SURFACE_LOSSES[kind].length).toBeGreaterThan(0);
    for (const id of model.opening.losses) expect(SURFACE_LOSSES[kind]).toContain(id);
    expect(model.presets.map((p) => p.id)).toContain(model.opening.preset);
  });

  it('generates valid data of its own shape for every preset, the same for the same seed', () => {
    for (const p of model.presets) {
      const ds = makeDataset(p.id, 3)!;
      expect([ds.kind, ds.d, ds.n]).toEqual([kind, model.data.d, p.defaultN]);
      expect(checkDataset(ds)).toBeUndefined();
      expect(makeDataset(p.id, 3)).toEqual(ds);
      if (model.data.labels) for (const y of ds.y) expect(model.data.labels.values).toContain(y);
    }
  });

  it('names each class once, and refuses a label it does not have', () => {
    const labels = model.data.labels;
    if (!labels) return;
    expect(labels.names.length).toBe(labels.values.length);
    expect(new Set(labels.values).size).toBe(labels.values.length);
    const ds = makeDataset(model.presets[0]!.id, 1, 4)!;
    const y = Float64Array.from(ds.y);
    y[2] = 7;
    expect(checkDataset({ ...ds, y })).toBe(`Point 3 has ${labels.word} 7; ${labels.rule}.`);
  });

  it('packs every sample once into two floats, grouped by the split', () => {
    const ds = makeDataset(model.presets[0]!.id, 5, 37)!;
    const packed = model.pack(ds);
    expect([packed.n, packed.capacity, packed.rows.length]).toEqual([37, 64, 128]);
    expect(packed.split[0]).toBeLessThanOrEqual(packed.split[1]);
    expect(packed.split[1]).toBeLessThanOrEqual(37);
    expect(packed.rows.slice(74).every((r) => r === 0)).toBe(true);
  });

  it('maps (u, v) to its weights affinely, the weight axes moving them', () => {
    const ds = makeDataset(model.presets[0]!.id, 5, 30)!;
    const slice = model.slice?.(ds).slice;
    const { o, p, q } = model.weightMap(ds, slice);
    expect([p.length, q.length]).toEqual([o.length, o.length]);
    const moves = (d: Float64Array) => d.some((x) => x !== 0);
    expect([moves(p), moves(q)]).toEqual([true, model.weightAxes === 'uv']);
  });
});
