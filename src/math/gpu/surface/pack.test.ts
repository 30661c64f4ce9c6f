import { describe, expect, it } from 'vitest';
import { datasetOf } from '../../surface/datasets';
import { capacityFor, gridUniform, packDataset } from './pack';

describe('packDataset', () => {
  it('keeps regression rows (x, y) in order', () => {
    const p = packDataset(datasetOf('regression', 1, [1, 2, 3], [4, 5, 6]));
    expect([...p.rows.subarray(0, 6)]).toEqual([1, 4, 2, 5, 3, 6]);
    expect(p.split).toEqual([3, 3]);
    expect(p.capacity).toBe(32);
    expect(p.rows.length).toBe(64);
    expect(p.rows.subarray(6).every((x) => x === 0)).toBe(true);
  });

  it('puts binary positives first as y·x, so the margin is u·a + v·b', () => {
    const p = packDataset(datasetOf('binary', 2, [1, 2, 3, 4, 5, 6], [-1, 1, -1]));
    expect([...p.rows.subarray(0, 6)]).toEqual([3, 4, -1, -2, -5, -6]);
    expect(p.split).toEqual([1, 3]);
  });

  it('sorts softmax3 samples by class and marks where each class ends', () => {
    const p = packDataset(datasetOf('softmax3', 2, [0, 0, 1, 1, 2, 2, 3, 3], [2, 0, 2, 1]));
    expect([...p.rows.subarray(0, 8)]).toEqual([1, 1, 3, 3, 0, 0, 2, 2]);
    expect(p.split).toEqual([1, 2]);
  });
});

describe('capacityFor', () => {
  it('pads to multiples of 32, so one program serves 32 dataset sizes', () => {
    expect([1, 32, 33, 64, 65, 500].map(capacityFor)).toEqual([32, 32, 64, 64, 96, 512]);
  });
});

describe('gridUniform', () => {
  it('gives the minima and the steps of the G-point axes', () => {
    expect(gridUniform({ u: [-1, 1], v: [0, 8], size: 5 })).toEqual([-1, 0, 0.5, 2]);
  });
});
