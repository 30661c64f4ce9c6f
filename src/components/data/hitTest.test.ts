import { describe, expect, it } from 'vitest';
import { datasetOf } from '../../math/surface/datasets';
import { navigationOrder, nearestPoint, stepIndex } from './hitTest';

describe('nearestPoint', () => {
  const px = [10, 50, 52, NaN];
  const py = [10, 50, 50, 0];
  it('picks the nearest point within the radius', () => {
    expect(nearestPoint(px, py, 12, 9)).toBe(0);
    expect(nearestPoint(px, py, 53, 51)).toBe(2);
    expect(nearestPoint(px, py, 100, 100)).toBeUndefined();
    expect(nearestPoint(px, py, 20, 10, 5)).toBeUndefined();
  });
  it('prefers the later (top-most) point on a tie and never hits NaN', () => {
    expect(nearestPoint([5, 5], [5, 5], 5, 5)).toBe(1);
    expect(nearestPoint([NaN], [NaN], 0, 0)).toBeUndefined();
  });
});

describe('keyboard order', () => {
  const ds = datasetOf('binary', 2, [3, 0, -1, 5, 3, -2], [1, 1, -1]);
  it('sorts along x (ties by y) and along y', () => {
    expect([...navigationOrder(ds, 'x')]).toEqual([1, 2, 0]);
    expect([...navigationOrder(ds, 'y')]).toEqual([2, 0, 1]);
  });
  it('steps through the order, stopping at the ends, starting from an end without a choice', () => {
    const order = navigationOrder(ds, 'x');
    expect(stepIndex(order, 1, 1)).toBe(2);
    expect(stepIndex(order, 0, 1)).toBe(0);
    expect(stepIndex(order, 1, -1)).toBe(1);
    expect(stepIndex(order, undefined, 1)).toBe(1);
    expect(stepIndex(order, undefined, -1)).toBe(0);
    expect(stepIndex(new Int32Array(0), undefined, 1)).toBeUndefined();
  });
});
