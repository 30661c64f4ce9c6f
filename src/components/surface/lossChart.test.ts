import { describe, expect, it } from 'vitest';
import { MAX_DOTS, lossChartModel } from './lossChart';

const model = (values: number[], logScale = false) => lossChartModel({ values, innerWidth: 200, innerHeight: 100, logScale });

describe('lossChartModel', () => {
  it('is undefined with nothing finite to draw', () => {
    expect(model([])).toBeUndefined();
    expect(model([NaN, Infinity])).toBeUndefined();
  });

  it('draws steps left to right and values upwards, with a dot per step', () => {
    const m = model([4, 2, 1, 0])!;
    expect(m.x.domain()).toEqual([0, 3]);
    expect(m.d).toBe('M0,0L66.7,50L133.3,75L200,100');
    expect(m.dots).toBe('M0,0h0M66.7,50h0M133.3,75h0M200,100h0');
    expect(m.last).toBe('M200,100h0');
    expect(m.notes).toEqual([]);
    expect(m.summary).toBe('3 steps: objective 4 at step 0, 0 at step 3');
  });

  it('breaks the line where the descent diverged and says so', () => {
    const m = model([1, 2, Infinity, NaN])!;
    expect(m.d).not.toMatch(/NaN|Infinity/);
    expect(m.d.match(/[ML]/g)).toHaveLength(2);
    expect(m.notes[0]).toMatch(/2 steps are not finite/);
    expect(m.summary).toMatch(/2 at step 1/);
  });

  it('uses a log axis only for positive values', () => {
    const m = model([100, 10, 1, 0.1], true)!;
    expect(m.log).toBe(true);
    expect(m.y(10)).toBeCloseTo(100 / 3, 6);
    expect(m.y.ticks(3)).toEqual([0.1, 1, 10, 100]);
    const z = model([1, 0.5, 0], true)!;
    expect(z.log).toBe(false);
    expect(z.notes[0]).toMatch(/log scale needs positive values/i);
  });

  it('handles a single step and a flat series', () => {
    const one = model([3])!;
    expect(one.d).toBe('M0,50');
    expect(one.last).toBe('M0,50h0');
    expect(one.y.domain()[0]).toBeLessThan(3);
    expect(one.y.domain()[1]).toBeGreaterThan(3);
    expect(model([0, 0])!.d).not.toMatch(/NaN/);
  });

  it('leaves out the dots on long runs', () => {
    expect(model(Array.from({ length: MAX_DOTS + 1 }, (_, k) => 1 / (k + 1)))!.dots).toBe('');
  });
});
