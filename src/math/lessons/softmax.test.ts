import { describe, expect, it } from 'vitest';
import { logSoftmax, softmax } from '../numerics';
import {
  allFinite,
  argmax,
  logSumExpGap,
  maxAbsDiff,
  naiveSoftmax,
  probabilitySum,
  scaledSoftmax,
  shiftAll,
  shiftedSoftmax,
  softMaximum,
} from './softmax';

describe('softmax lesson math', () => {
  it('the naive formula breaks on [123, 456, 789] and the shifted one does not', () => {
    const z = [123, 456, 789];
    const naive = naiveSoftmax(z);
    expect(naive.exps[2]).toBe(Infinity);
    expect(naive.total).toBe(Infinity);
    expect(Number.isNaN(naive.probs[2])).toBe(true);
    expect(allFinite(naive)).toBe(false);
    const shifted = shiftedSoftmax(z);
    expect(allFinite(shifted)).toBe(true);
    expect(shifted.exponents).toEqual([-666, -333, 0]);
    // exp(−333) ≈ 2.4e−145 is still a normal float64; exp(−666) ≈ 5.8e−290 too.
    expect(shifted.probs[1]).toBeCloseTo(Math.exp(-333) / (1 + Math.exp(-333) + Math.exp(-666)), 300);
    expect(shifted.probs[2]).toBe(1);
  });

  it('agrees with the naive formula where that one is finite', () => {
    const z = [2, 1, 0.1];
    const a = naiveSoftmax(z).probs;
    const b = shiftedSoftmax(z).probs;
    expect(maxAbsDiff(a, b)).toBeLessThan(1e-15);
    // Closed form of the first entry: 1 / (1 + e^{−1} + e^{−1.9}).
    expect(b[0]).toBeCloseTo(1 / (1 + Math.exp(-1) + Math.exp(-1.9)), 15);
    expect(probabilitySum(b)).toBeCloseTo(1, 15);
  });

  it('is unchanged by a common shift', () => {
    const z = [3, -1, 0.5, 2];
    for (const c of [-500, -3, 7, 400]) expect(maxAbsDiff(shiftedSoftmax(shiftAll(z, c)).probs, softmax(z))).toBeLessThan(1e-15);
  });

  it('scaling keeps the order, sharpens towards the argmax, and the soft maximum tends to max z', () => {
    const z = [1, 3, 2];
    const sharp = scaledSoftmax(z, 20);
    expect(argmax(sharp)).toBe(argmax(z));
    expect(sharp[1]).toBeGreaterThan(scaledSoftmax(z, 1)[1]!);
    expect(sharp[1]).toBeGreaterThan(1 - 1e-8);
    for (const p of scaledSoftmax(z, 0)) expect(p).toBeCloseTo(1 / 3, 15);
    expect(softMaximum(z, 0)).toBeCloseTo(2, 15);
    expect(softMaximum(z, 40)).toBeCloseTo(3, 12);
    expect(softMaximum(z, 1)).toBeLessThan(3);
  });

  it('log Σ exp z lies between max z and max z + log n', () => {
    expect(logSumExpGap([5, 5, 5])).toBeCloseTo(Math.log(3), 15);
    expect(logSumExpGap([100, 0, 0])).toBeCloseTo(2 * Math.exp(-100), 15);
    const z = [4, 1, -2];
    expect(logSoftmax(z)[0]).toBeCloseTo(-logSumExpGap(z), 15);
  });
});
