import { describe, expect, it } from 'vitest';
import { CENTRES, datasetOf } from '../../math/surface';
import { makeDataset } from '../../math/surface/presets';
import { newPointSpot, outlierSeed } from './suggest';

describe('newPointSpot', () => {
  it('puts a regression point on the least-squares line inside the data range', () => {
    const ds = datasetOf('regression', 1, [0, 1, 2, 3], [1, 3, 5, 7]);
    const [x, y] = newPointSpot(ds);
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x).toBeLessThanOrEqual(3);
    expect(y).toBeCloseTo(2 * x + 1, 12);
  });

  it('puts a classifier point near the chosen class and moves on for the next one', () => {
    const ds = makeDataset('bin-overlap', 1)!;
    const a = newPointSpot(ds, -1);
    expect(a[0]).toBeLessThan(0);
    const bigger = datasetOf('binary', 2, [...ds.x, ...a], [...ds.y, -1]);
    expect(newPointSpot(bigger, -1)).not.toEqual(a);
    const s = newPointSpot(datasetOf('softmax3', 2, [], []), 2);
    expect(Math.hypot(s[0] - CENTRES[2]![0], s[1] - CENTRES[2]![1])).toBeLessThan(0.6);
  });

  it('gives finite spots for empty or partly bad data', () => {
    for (const ds of [datasetOf('regression', 1, [], []), datasetOf('regression', 1, [NaN, 1], [2, 2]), datasetOf('binary', 2, [], [])]) {
      expect(newPointSpot(ds, 1).every(Number.isFinite)).toBe(true);
    }
  });
});

describe('outlierSeed', () => {
  it('repeats for the same (seed, n) and changes with either', () => {
    expect(outlierSeed(7, 60)).toBe(outlierSeed(7, 60));
    expect(outlierSeed(7, 61)).not.toBe(outlierSeed(7, 60));
    expect(outlierSeed(8, 60)).not.toBe(outlierSeed(7, 60));
    expect(Number.isInteger(outlierSeed(-3, 0)) && outlierSeed(-3, 0) >= 0).toBe(true);
  });
});
