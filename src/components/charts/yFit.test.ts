import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quantileSorted } from 'd3-array';
import { fitYDomain, quantileOfSorted, visibleValues, type SampledXY } from './yFit';

const grid = (lo: number, hi: number, n: number) => Float64Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));
const curve = (xs: Float64Array, f: (x: number) => number) => ({ x: xs, y: xs.map(f) });

describe('visibleValues', () => {
  it('keeps finite values whose x is inside the domain', () => {
    const c = { x: [0, 1, 2, 3, 4], y: [10, NaN, 12, Infinity, 14] };
    expect([...visibleValues([c], [1, 4])]).toEqual([12, 14]);
    expect(visibleValues([c], [5, 6]).length).toBe(0);
  });
});

describe('fitYDomain', () => {
  const xs = grid(-4, 4, 1001);

  it('does not cut a parabola and starts a non-negative loss at 0', () => {
    expect(fitYDomain([curve(xs, (r) => r * r)], [-4, 4], { includeZero: true })).toEqual([0, 16]);
    expect(fitYDomain([curve(xs, (r) => r * r + 1)], [-4, 4], { includeZero: true })).toEqual([0, 17]);
    expect(fitYDomain([curve(xs, (r) => r * r + 1)], [-4, 4])).toEqual([1, 17]);
  });

  it('does not cut an exponential over the window', () => {
    expect(fitYDomain([curve(xs, Math.exp)], [-4, 4])[1]).toBeCloseTo(Math.exp(4), 10);
  });

  it('fits only the visible part', () => {
    expect(fitYDomain([curve(xs, (r) => r * r)], [0, 2], { includeZero: true })).toEqual([0, 4]);
  });

  it('caps a spike (1/|r| at 0) so the other curves stay readable', () => {
    const spike = curve(xs, (r) => (r === 0 ? NaN : 1 / Math.abs(r)));
    const flat = curve(xs, () => 1);
    const [lo, hi] = fitYDomain([spike, flat], [-4, 4], { includeZero: true });
    expect(lo).toBe(0);
    expect(hi).toBeLessThan(40);
    expect(hi).toBeGreaterThan(5);
  });

  it('caps −log p as p → 0 but shows the bulk', () => {
    const ps = grid(0, 1, 1001);
    const nll = curve(ps, (p) => (p > 0 && p < 1 ? -Math.log(p) : NaN));
    const [lo, hi] = fitYDomain([nll], [0, 1], { includeZero: true });
    expect(lo).toBe(0);
    expect(hi).toBeGreaterThan(3);
    expect(hi).toBeLessThan(-Math.log(0.001));
  });

  it('caps a spike downwards too', () => {
    const c = curve(xs, (r) => (r === 0 ? NaN : -1 / Math.abs(r)));
    const [lo, hi] = fitYDomain([c], [-4, 4]);
    expect(lo).toBeGreaterThan(-40);
    expect(hi).toBeCloseTo(-0.25, 12);
  });

  it('is always finite with lo < hi', () => {
    expect(fitYDomain([], [0, 1])).toEqual([0, 1]);
    expect(fitYDomain([curve(xs, () => NaN)], [-4, 4])).toEqual([0, 1]);
    expect(fitYDomain([curve(xs, () => 0)], [-4, 4], { includeZero: true })).toEqual([0, 1]);
    expect(fitYDomain([curve(xs, () => 0)], [-4, 4])).toEqual([-1, 1]);
    expect(fitYDomain([curve(xs, () => 5)], [-4, 4])).toEqual([4.5, 5.5]);
    expect(fitYDomain([curve(xs, () => 5)], [-4, 4], { includeZero: true })).toEqual([0, 5]);
  });
});

describe('quantileOfSorted', () => {
  it('equals d3 quantileSorted of the merged values, at any p and at both ends', () => {
    const sortedArray = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 40 }).map((a) => Float64Array.from(a).toSorted());
    fc.assert(
      fc.property(fc.array(sortedArray, { maxLength: 7 }), fc.double({ min: 0, max: 1, noNaN: true }), (parts, p) => {
        const all = [...Float64Array.from(parts.flatMap((x) => [...x])).toSorted()];
        const n = all.length;
        if (n === 0) {
          expect(quantileOfSorted(parts, n, p)).toBeNaN();
          return;
        }
        expect(quantileOfSorted(parts, n, p)).toBe(quantileSorted(all, p));
        expect(quantileOfSorted(parts, n, 0)).toBe(all[0]);
        expect(quantileOfSorted(parts, n, 1)).toBe(all[n - 1]);
      }),
    );
  });
});

describe('fitYDomain against the merged, sorted values', () => {
  // The fit written out over every visible value merged and sorted, with d3's quantiles.
  function reference(curves: readonly SampledXY[], xDomain: [number, number], q = 0.98, headroom = 0.5): [number, number] {
    const all = Array.from(visibleValues(curves, xDomain).toSorted());
    if (all.length === 0) return [0, 1];
    const [qLo, qHi] = [quantileSorted(all, 1 - q)!, quantileSorted(all, q)!];
    const span = qHi - qLo || Math.abs(qHi) || 1;
    const lo = Math.max(all[0]!, qLo - headroom * span);
    const hi = Math.min(all.at(-1)!, qHi + headroom * span);
    if (hi - lo <= Math.abs(hi) * 1e-12) {
      const pad = Math.abs(hi) * 0.1 || 1;
      return [lo - pad, hi + pad];
    }
    return [lo, hi];
  }

  it('reads a kept curve right when another curve joins it and every low rank is still its own', () => {
    const xs = grid(0, 1, 400);
    const low = { x: xs, y: Float64Array.from(xs, (_, i) => i) };
    const high = { x: xs, y: new Float64Array(400).fill(1000) };
    expect(fitYDomain([low], [0, 1], { q: 0.9 })).toEqual(reference([low], [0, 1], 0.9));
    // Twice the values: the 10 % quantile is rank 79 of 800, and ranks 0…80 all lie in `low`.
    expect(fitYDomain([low, high], [0, 1], { q: 0.9 })).toEqual(reference([low, high], [0, 1], 0.9));
  });

  it('agrees exactly, for any curves, any q, and curves reused from one call to the next', () => {
    const ys = fc.array(fc.oneof(fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.constant(NaN)), { minLength: 1, maxLength: 400 });
    fc.assert(
      fc.property(fc.array(ys, { minLength: 1, maxLength: 5 }), fc.double({ min: 0.5, max: 1, noNaN: true }), fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), (yss, q, picks) => {
        const curves = yss.map((y) => ({ x: grid(0, 1, y.length), y: Float64Array.from(y) }));
        // Several calls over subsets of the same curves: the sorted values a curve keeps from one
        // call must still serve the next, where the total and so the ranks read differ.
        for (const pick of picks) {
          const subset = curves.filter((_, i) => ((pick >> i) & 1) === 1 || i === pick % curves.length);
          expect(fitYDomain(subset, [0.1, 0.9], { q })).toEqual(reference(subset, [0.1, 0.9], q));
        }
      }),
    );
  });
});

