import { describe, expect, it } from 'vitest';
import {
  LESSON_LAYER,
  dropoutMask,
  expectedTrainOutput,
  monteCarloOutput,
  testOutput,
  trainOutput,
  trainOutputSd,
  type DropoutLayer,
} from './regularizationDropout';

const layer: DropoutLayer = LESSON_LAYER;
const full = 1.2 * 0.5 - 0.3 * 0.3 + 0.7 * 0.8 + 2.1 * 0.2 - 0.4 * 0.6 + 1.5 * 0.4 + 0.9 * 0.7 - 0.6 * 0.2;

describe('dropout', () => {
  it('inverted dropout’s expected training output is the test-time output, for every keep probability', () => {
    for (const p of [0.1, 0.5, 0.8, 1]) {
      expect(expectedTrainOutput(layer, p, 'inverted')).toBeCloseTo(full, 12);
      expect(testOutput(layer, p, 'inverted')).toBeCloseTo(full, 12);
      // The original dropout matches too, by scaling at test time instead.
      expect(expectedTrainOutput(layer, p, 'original')).toBeCloseTo(p * full, 12);
      expect(testOutput(layer, p, 'original')).toBeCloseTo(p * full, 12);
    }
  });

  it('the expectation is exact over all 2^8 masks', () => {
    const p = 0.3;
    let e = 0;
    let v = 0;
    for (let bits = 0; bits < 256; bits++) {
      const mask = Array.from({ length: 8 }, (_, i) => ((bits >> i) & 1) === 1);
      const kept = mask.filter(Boolean).length;
      const prob = p ** kept * (1 - p) ** (8 - kept);
      const h = trainOutput(layer, mask, p, 'inverted');
      e += prob * h;
      v += prob * h * h;
    }
    expect(e).toBeCloseTo(expectedTrainOutput(layer, p, 'inverted'), 12);
    expect(Math.sqrt(v - e * e)).toBeCloseTo(trainOutputSd(layer, p, 'inverted'), 12);
  });

  it('a seeded Monte Carlo mean lands within 4 standard errors, and repeats exactly', () => {
    for (const [p, seed] of [[0.5, 1], [0.2, 9], [0.9, 42]] as const) {
      const mc = monteCarloOutput(layer, p, 'inverted', 4000, seed);
      expect(Math.abs(mc.mean - full)).toBeLessThan(4 * mc.standardError);
      expect(monteCarloOutput(layer, p, 'inverted', 4000, seed)).toEqual(mc);
    }
  });

  it('masks keep about a fraction p of units, and the same seed gives the same mask', () => {
    const kept = Array.from({ length: 500 }, (_, s) => dropoutMask(s, 8, 0.5).filter(Boolean).length).reduce((a, b) => a + b, 0);
    expect(Math.abs(kept / 4000 - 0.5)).toBeLessThan(0.05);
    expect(dropoutMask(3, 8, 0.5)).toEqual(dropoutMask(3, 8, 0.5));
    expect(dropoutMask(3, 8, 1).every(Boolean)).toBe(true);
  });
});
