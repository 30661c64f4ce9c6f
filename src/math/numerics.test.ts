import { describe, expect, it } from 'vitest';
import { logSumExp, mean, sum } from './numerics';

describe('sum', () => {
  it('keeps the low digits of mixed magnitudes (compensated)', () => {
    expect(sum([1e16, 1, -1e16])).toBe(1);
    expect(sum([0.1, 0.2, 0.3])).toBe(0.6);
  });
  it('is 0 for no terms', () => {
    expect(sum([])).toBe(0);
  });
  it('is ±∞ when a term is ±∞ and the rest are finite', () => {
    expect(sum([1, Infinity, 2])).toBe(Infinity);
    expect(sum([Infinity, 1])).toBe(Infinity);
    expect(sum([1, -Infinity])).toBe(-Infinity);
    expect(sum([Infinity, Infinity])).toBe(Infinity);
  });
  it('is NaN for +∞ + −∞ and for any NaN term', () => {
    expect(sum([Infinity, -Infinity])).toBeNaN();
    expect(sum([1, NaN, 2])).toBeNaN();
    expect(sum([Infinity, NaN])).toBeNaN();
  });
  it('overflows to ±∞ rather than NaN when finite terms pass the float64 range', () => {
    expect(sum([1e308, 1e308])).toBe(Infinity);
    expect(sum([-1e308, -1e308, 5])).toBe(-Infinity);
  });
});

describe('mean', () => {
  it('is NaN for no values, as torch.mean of an empty tensor', () => {
    expect(mean([])).toBeNaN();
  });
  it('follows sum for infinite values', () => {
    expect(mean([Infinity, 1])).toBe(Infinity);
    expect(mean([Infinity, -Infinity])).toBeNaN();
    expect(mean([2, 4])).toBe(3);
  });
});

describe('logSumExp', () => {
  it('is NaN when any term is NaN, wherever it stands', () => {
    expect(logSumExp([NaN])).toBeNaN();
    expect(logSumExp([NaN, 1])).toBeNaN();
    expect(logSumExp([1, NaN])).toBeNaN();
    expect(logSumExp([Infinity, NaN])).toBeNaN();
    expect(logSumExp([-Infinity, NaN])).toBeNaN();
  });
  it('is −∞ for the empty list and for all −∞ (the log of an empty sum)', () => {
    expect(logSumExp([])).toBe(-Infinity);
    expect(logSumExp([-Infinity, -Infinity])).toBe(-Infinity);
  });
  it('is +∞ with a +∞ term, and ignores −∞ terms otherwise', () => {
    expect(logSumExp([Infinity, -Infinity, 0])).toBe(Infinity);
    expect(logSumExp([-Infinity, 0])).toBe(0);
    expect(logSumExp([789, 789])).toBeCloseTo(789 + Math.LN2, 12);
  });
});
