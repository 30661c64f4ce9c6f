import { describe, expect, it } from 'vitest';
import { compareBatch, describeTolerance } from './agreement';
import type { BatchResult } from './batch';

const result = (value: number[], derivative: number[]): BatchResult => ({
  value: Float64Array.from(value),
  derivative: Float64Array.from(derivative),
  mean: value.reduce((a, b) => a + b, 0) / value.length,
});

describe('compareBatch', () => {
  it('accepts float32 rounding, relative to magnitude', () => {
    const cpu = result([1e4, 0.5, 0], [2, -1, 0]);
    const gpu = result([1e4 + 0.05, 0.5 + 5e-6, 5e-7], [2, -1, 0]);
    const a = compareBatch(gpu, cpu);
    expect(a.agrees).toBe(true);
    expect(a.maxValueDiff).toBeCloseTo(0.05, 6);
    expect(a.maxDerivativeDiff).toBe(0);
  });

  it('rejects a wrong derivative, NaN and a length mismatch', () => {
    const cpu = result([1, 2], [1, 2]);
    expect(compareBatch(result([1, 2], [1, 2.001]), cpu).agrees).toBe(false);
    const nan = compareBatch(result([1, Number.NaN], [1, 2]), cpu);
    expect(nan.agrees).toBe(false);
    expect(nan.maxValueDiff).toBe(Infinity);
    expect(compareBatch(result([1], [1]), cpu).agrees).toBe(false);
  });

  it('describes its tolerance', () => {
    expect(describeTolerance()).toBe('1e-5·max(1, |v|) + 1e-6');
  });
});
