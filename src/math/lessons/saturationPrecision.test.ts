import { describe, expect, it } from 'vitest';
import { softplus } from '../numerics';
import { bceFromClippedProbability, bceFromLogit, bceFromProbability, naiveSigmoid } from './saturationPrecision';

describe('BCE at extreme logits', () => {
  it('from the probability: infinite once σ(z) rounds to 0 (y = 1) or 1 (y = 0)', () => {
    expect(naiveSigmoid(-800, 'float64')).toBe(0);
    expect(bceFromProbability(-800, 1, 'float64')).toBe(Infinity);
    expect(bceFromProbability(40, 0, 'float64')).toBe(Infinity);
    // float32: 1 + e^{−17} rounds to 1, and e^{90} overflows.
    expect(bceFromProbability(17, 0, 'float32')).toBe(Infinity);
    expect(bceFromProbability(-90, 1, 'float32')).toBe(Infinity);
  });

  it('from the logit: the softplus form stays exact, in float64 and float32', () => {
    expect(bceFromLogit(-800, 1, 'float64')).toBe(800);
    expect(bceFromLogit(40, 0, 'float64')).toBe(softplus(40));
    expect(bceFromLogit(17, 0, 'float32')).toBe(17);
    expect(bceFromLogit(-90, 1, 'float32')).toBe(90);
  });

  it('clipping keeps it finite but caps it near −log ε', () => {
    expect(bceFromClippedProbability(-800, 1, 'float64')).toBeCloseTo(-Math.log(1e-7), 12);
    expect(bceFromClippedProbability(-800, 1, 'float64')).toBeLessThan(17);
  });

  it('at moderate z all three agree with softplus((1 − 2y)z)', () => {
    for (const z of [-3, -0.5, 0, 1.5, 4]) {
      for (const y of [0, 1] as const) {
        const exact = softplus((1 - 2 * y) * z);
        expect(bceFromProbability(z, y, 'float64')).toBeCloseTo(exact, 12);
        expect(bceFromLogit(z, y, 'float64')).toBeCloseTo(exact, 14);
        expect(Math.abs(bceFromProbability(z, y, 'float32') - exact)).toBeLessThan(1e-6 * Math.max(1, exact));
        expect(Math.abs(bceFromLogit(z, y, 'float32') - exact)).toBeLessThan(1e-6 * Math.max(1, exact));
        expect(bceFromClippedProbability(z, y, 'float64')).toBeCloseTo(exact, 6);
      }
    }
  });
});
