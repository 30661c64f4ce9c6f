import { describe, expect, it } from 'vitest';
import { datasetOf, MAX_POINTS } from './datasets';
import { addPoint, checkDataset, deletePoint, injectOutlier, movePoint } from './edits';
import { makeDataset } from './presets';
import type { Dataset } from './types';

const snapshot = (ds: Dataset) => ({ n: ds.n, x: Array.from(ds.x), y: Array.from(ds.y) });

describe('dataset edits', () => {
  it('never mutate their input', () => {
    for (const id of ['reg-noisy', 'bin-overlap', 'soft-blobs']) {
      const ds = makeDataset(id, 1)!;
      const before = snapshot(ds);
      const edits = [movePoint(ds, 3, [9, 9]), addPoint(ds, [1, 2], ds.kind === 'binary' ? -1 : 2), deletePoint(ds, 0), injectOutlier(ds, 4)];
      expect(snapshot(ds)).toEqual(before);
      for (const e of edits) {
        expect(e).not.toBe(ds);
        expect(e.x).not.toBe(ds.x);
        expect(checkDataset(e)).toBeUndefined();
      }
    }
  });

  it('move, add and delete the right point, keeping labels', () => {
    const ds = makeDataset('bin-overlap', 1)!;
    const moved = movePoint(ds, 2, [5, -5]);
    expect([moved.x[4], moved.x[5], moved.y[2]]).toEqual([5, -5, ds.y[2]]);
    const added = addPoint(ds, [0.5, 0.25], -1);
    expect(added.n).toBe(ds.n + 1);
    expect([added.x[2 * ds.n], added.x[2 * ds.n + 1], added.y[ds.n]]).toEqual([0.5, 0.25, -1]);
    const removed = deletePoint(ds, 0);
    expect(removed.n).toBe(ds.n - 1);
    expect(Array.from(removed.x)).toEqual(Array.from(ds.x.slice(2)));
    const reg = movePoint(makeDataset('reg-clean', 1)!, 0, [2, 7]);
    expect([reg.x[0], reg.y[0]]).toEqual([2, 7]);
  });

  it('stop adding at MAX_POINTS', () => {
    const full = makeDataset('reg-clean', 1, MAX_POINTS)!;
    expect(addPoint(full, [0, 0])).toBe(full);
  });

  it('inject an outlier far from the least-squares line, reproducibly', () => {
    const ds = makeDataset('reg-clean', 1)!;
    const out = injectOutlier(ds, 9);
    expect(out.n).toBe(ds.n + 1);
    const x = out.x[ds.n]!;
    expect(Math.abs(out.y[ds.n]! - (1.5 * x + 0.5))).toBeGreaterThan(4);
    expect(snapshot(injectOutlier(ds, 9))).toEqual(snapshot(out));
  });

  it('inject a wrongly labelled point deep inside another class', () => {
    const ds = makeDataset('bin-separable', 1)!;
    const out = injectOutlier(ds, 2);
    const i = ds.n;
    // On the separable data the direction (1.2, 0.8) classifies every point; the outlier is on the wrong side.
    expect(out.y[i]! * (1.2 * out.x[2 * i]! + 0.8 * out.x[2 * i + 1]!)).toBeLessThan(0);
  });

  it('explain what is wrong with bad data', () => {
    expect(checkDataset(datasetOf('regression', 1, [], []))).toMatch(/empty/);
    expect(checkDataset(datasetOf('regression', 1, [1, Infinity], [0, 0]))).toMatch(/Point 2 .*finite/);
    expect(checkDataset(datasetOf('regression', 1, [1], [Number.NaN]))).toMatch(/target/);
    expect(checkDataset(datasetOf('binary', 2, [1, 2], [0]))).toMatch(/−1 or \+1/);
    expect(checkDataset(datasetOf('softmax3', 2, [1, 2], [1.5]))).toMatch(/0, 1 or 2/);
    expect(checkDataset(datasetOf('binary', 2, [1, 2, 3], [1]))).toMatch(/malformed/);
  });
});
