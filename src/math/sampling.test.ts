import { describe, expect, it } from 'vitest';
import { finiteExtent, sampleProfile } from './sampling';
import type { Profile } from './types';

const logProfile: Profile = {
  axis: 'probability',
  label: 'p',
  xTex: 'p',
  xText: 'p',
  domain: [0, 1],
  defined: [0, 1],
  value: (x) => -Math.log(x),
  derivative: (x) => -1 / x,
  batch: () => ({ inputs: {}, dx: () => 0 }),
};

describe('sampleProfile', () => {
  it('spans the domain evenly and marks points outside the defined interval as NaN', () => {
    const c = sampleProfile(logProfile, {}, [0, 1], 5);
    expect(Array.from(c.x)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(Number.isNaN(c.value[0]!)).toBe(true);
    expect(Number.isNaN(c.value[4]!)).toBe(true);
    expect(c.value[2]).toBeCloseTo(Math.LN2, 12);
    expect(c.derivative[1]).toBeCloseTo(-4, 12);
  });
  it('never lets an infinity through', () => {
    const c = sampleProfile({ ...logProfile, defined: undefined }, {}, [0, 1], 3);
    expect(Number.isNaN(c.value[0]!)).toBe(true);
  });
});

describe('finiteExtent', () => {
  it('ignores NaN and infinities', () => {
    expect(finiteExtent([NaN, 3, -Infinity, 1], [2])).toEqual([1, 3]);
    expect(finiteExtent([NaN])).toBeUndefined();
  });
});
