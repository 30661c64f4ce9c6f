import { describe, expect, it } from 'vitest';
import { MAX_POINTS } from './datasets';
import { CENTRES } from './models/softmax3/data';
import { checkDataset } from './edits';
import { DATASET_PRESETS, getPreset, makeDataset } from './presets';

describe('dataset presets', () => {
  it('cover every model kind with unique, URL-safe ids and sensible sizes', () => {
    const ids = DATASET_PRESETS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
    for (const kind of ['regression', 'binary', 'softmax3'] as const) {
      expect(DATASET_PRESETS.filter((p) => p.kind === kind).length).toBeGreaterThanOrEqual(2);
    }
    for (const p of DATASET_PRESETS) {
      expect(p.defaultN).toBeGreaterThanOrEqual(60);
      expect(p.defaultN).toBeLessThanOrEqual(MAX_POINTS);
    }
  });

  it.each(DATASET_PRESETS.map((p) => [p.id]))('%s is valid and reproducible from its seed', (id) => {
    const p = getPreset(id)!;
    const a = p.generator(7, p.defaultN);
    const b = p.generator(7, p.defaultN);
    const c = p.generator(8, p.defaultN);
    expect(checkDataset(a)).toBeUndefined();
    expect(a.kind).toBe(p.kind);
    expect(a.n).toBe(p.defaultN);
    expect(a.x.length).toBe(a.n * a.d);
    expect(Array.from(b.x)).toEqual(Array.from(a.x));
    expect(Array.from(b.y)).toEqual(Array.from(a.y));
    expect(Array.from(c.x)).not.toEqual(Array.from(a.x));
    expect(p.generator(7, 1000).n).toBe(1000);
  });

  it('makes the separable binary data separable through the origin, and the imbalanced one 90/10', () => {
    const sep = makeDataset('bin-separable', 3)!;
    for (let i = 0; i < sep.n; i++) expect(sep.y[i]! * (1.2 * sep.x[2 * i]! + 0.8 * sep.x[2 * i + 1]!)).toBeGreaterThan(0);
    const imb = makeDataset('bin-imbalanced', 3, 200)!;
    expect(imb.y.filter((y) => y === 1).length).toBe(20);
  });

  it('makes the three blobs separable by their nearest centre, with balanced classes', () => {
    const ds = makeDataset('soft-blobs', 5)!;
    const counts = [0, 0, 0];
    for (let i = 0; i < ds.n; i++) {
      const d = CENTRES.map(([cx, cy]) => Math.hypot(ds.x[2 * i]! - cx, ds.x[2 * i + 1]! - cy));
      expect(d.indexOf(Math.min(...d))).toBe(ds.y[i]);
      counts[ds.y[i]!]!++;
    }
    expect(counts).toEqual([50, 50, 50]);
  });

  it('puts a tenth of the outlier-preset points far above the line', () => {
    const ds = makeDataset('reg-outliers', 2)!;
    const far = ds.y.filter((y, i) => y - (1.5 * ds.x[i]! + 0.5) > 4).length;
    expect(far).toBe(6);
    expect(makeDataset('nope', 1)).toBeUndefined();
  });
});
