import { describe, expect, it } from 'vitest';
import { huberOptimum, meanLossAt, meanLossCurve, median, midrange, optimum, quantileOptimum, type EstimateKind } from './estimate';

const P = { tau: 0.9, delta: 1 };
const SAMPLE = [0.4, 1.1, 1.6, 2.2, 2.9, 3.3, 8];

/** Brute force: the mean loss on a fine grid never goes below the loss at the optimum. */
function noGridPointBeats(kind: EstimateKind, ys: readonly number[], p = P) {
  const best = meanLossAt(kind, ys, optimum(kind, ys, p).at, p);
  for (let c = -5; c <= 15; c += 0.005) expect(meanLossAt(kind, ys, c, p)).toBeGreaterThanOrEqual(best - 1e-12);
}

describe('the constant that minimises each mean loss', () => {
  it('squared error: the sample mean (Σy / n by hand)', () => {
    expect(optimum('mse', SAMPLE, P).at).toBeCloseTo(19.5 / 7, 12);
    noGridPointBeats('mse', SAMPLE);
  });

  it('absolute error: the median, or the whole interval between the two middle values', () => {
    expect(optimum('mae', SAMPLE, P)).toEqual({ lo: 2.2, hi: 2.2, at: 2.2 });
    const even = [5, 1, 3, 9];
    expect(optimum('mae', even, P)).toEqual({ lo: 3, hi: 5, at: 4 });
    // Flat bottom: every point of [3, 5] costs the same; just outside it costs more.
    const at = (c: number) => meanLossAt('mae', even, c, P);
    expect(at(3)).toBeCloseTo(at(4.7), 12);
    expect(at(2.99)).toBeGreaterThan(at(3));
    expect(at(5.01)).toBeGreaterThan(at(5));
    noGridPointBeats('mae', SAMPLE);
  });

  it('pinball: the τ-quantile, an order statistic or an interval when nτ is whole', () => {
    expect(quantileOptimum(SAMPLE, 0.9).at).toBe(8); // nτ = 6.3 → y₍₇₎
    expect(quantileOptimum(SAMPLE, 0.1).at).toBe(0.4); // 0.7 → y₍₁₎
    expect(quantileOptimum(SAMPLE, 0.5).at).toBe(2.2); // 3.5 → y₍₄₎
    expect(quantileOptimum([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.3)).toEqual({ lo: 3, hi: 4, at: 3.5 }); // 3.0000000000000004
    expect(quantileOptimum([4, 2], 0).at).toBe(2);
    expect(quantileOptimum([4, 2], 1).at).toBe(4);
    for (const tau of [0.05, 0.25, 0.5, 0.63, 0.9]) noGridPointBeats('quantile', SAMPLE, { tau, delta: 1 });
  });

  it('the subgradient condition holds at the pinball optimum: #{y < c}/n ≤ τ ≤ #{y ≤ c}/n', () => {
    for (const tau of [0.1, 0.37, 0.5, 0.81]) {
      const c = quantileOptimum(SAMPLE, tau).at;
      const n = SAMPLE.length;
      expect(SAMPLE.filter((y) => y < c).length / n).toBeLessThanOrEqual(tau);
      expect(SAMPLE.filter((y) => y <= c).length / n).toBeGreaterThanOrEqual(tau);
    }
  });

  it('Huber: Σ ψ_δ(c − yᵢ) = 0 at the optimum; large δ gives the mean', () => {
    for (const delta of [0.1, 0.5, 1, 2, 3]) {
      const c = huberOptimum(SAMPLE, delta).at;
      const psi = SAMPLE.reduce((a, y) => a + Math.max(-delta, Math.min(delta, c - y)), 0);
      expect(Math.abs(psi)).toBeLessThan(1e-12);
      noGridPointBeats('huber', SAMPLE, { tau: 0.5, delta });
    }
    expect(huberOptimum(SAMPLE, 20).at).toBeCloseTo(19.5 / 7, 12);
  });

  it('Huber with no point within δ and balanced sides: a flat interval of optima', () => {
    expect(huberOptimum([0, 10], 1)).toEqual({ lo: 1, hi: 9, at: 5 });
  });

  it('one point: every loss picks it', () => {
    for (const kind of ['mse', 'mae', 'quantile', 'huber'] as const) expect(optimum(kind, [3.25], P).at).toBeCloseTo(3.25, 12);
  });
});

describe('helpers', () => {
  it('median and midrange', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(midrange(SAMPLE)).toBe(4.2);
  });

  it('the curve samples the mean loss over the domain, ends included', () => {
    const { c, loss } = meanLossCurve('mse', [0, 2], P, [-1, 3], 5);
    expect(Array.from(c)).toEqual([-1, 0, 1, 2, 3]);
    expect(Array.from(loss)).toEqual([(1 + 9) / 2, 2, 1, 2, (9 + 1) / 2]);
  });
});
