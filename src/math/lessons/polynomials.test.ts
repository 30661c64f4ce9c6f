import { describe, expect, it } from 'vitest';
import { focalAt } from '../losses/focal';
import { poly1At } from '../losses/poly1';
import { lossAt, lossSlopeAt, polyTerms, seriesAt, seriesSlopeAt, tailBound, termsWithin, type SeriesKind } from './polynomials';

const KINDS: readonly SeriesKind[] = ['ce', 'focal', 'poly1'];
const P = { gamma: 2, epsilon: 1.5 };

describe('polynomial coefficients', () => {
  it('are 1/j at power j for cross-entropy', () => {
    polyTerms('ce', P, 6).forEach((t, i) => {
      expect(t.power).toBe(i + 1);
      expect(t.coefficient).toBe(1 / (i + 1));
    });
  });

  it('move right by γ for focal loss, heights unchanged', () => {
    for (const gamma of [0, 0.5, 2, 3.7]) {
      polyTerms('focal', { gamma, epsilon: 0 }, 5).forEach((t, i) => {
        expect(t.power).toBeCloseTo(i + 1 + gamma, 15);
        expect(t.coefficient).toBe(1 / (i + 1));
      });
    }
  });

  it('raise only the first by ε for Poly-1', () => {
    const terms = polyTerms('poly1', { gamma: 0, epsilon: 2.5 }, 5);
    expect(terms[0]).toEqual({ j: 1, power: 1, coefficient: 3.5 });
    terms.slice(1).forEach((t) => expect(t.coefficient).toBe(1 / t.j));
  });
});

describe('truncated series', () => {
  it('sum to −log p_t with enough terms', () => {
    // Σ_{j≥1} q^j / j = −log(1 − q), the Mercator series.
    for (const pt of [0.2, 0.5, 0.9]) {
      expect(Math.abs(seriesAt(polyTerms('ce', P, 400), pt) + Math.log(pt))).toBeLessThan(1e-13);
    }
  });

  it('miss each loss by less than the tail bound, and by less with every added term', () => {
    for (const kind of KINDS) {
      for (const pt of [0.05, 0.3, 0.7, 0.99]) {
        let last = Infinity;
        for (const n of [1, 2, 5, 10, 30]) {
          const loss = lossAt(kind, P, pt);
          const gap = loss - seriesAt(polyTerms(kind, P, n), pt);
          const bound = tailBound(kind, P, pt, n);
          // Rounding of the two sums: a few ulps of the loss.
          expect(gap).toBeLessThanOrEqual(bound + 1e-15 * loss);
          if (bound < 1e-13) continue;
          expect(gap).toBeGreaterThan(0);
          expect(gap).toBeLessThan(last);
          last = gap;
        }
      }
    }
  });

  it('have the closed form’s slope', () => {
    for (const kind of KINDS) {
      for (const pt of [0.1, 0.5, 0.9]) {
        const terms = polyTerms(kind, P, 2000);
        expect(Math.abs(seriesSlopeAt(terms, pt) - lossSlopeAt(kind, P, pt))).toBeLessThan(1e-9);
        const h = 1e-6;
        const fd = (lossAt(kind, P, pt + h) - lossAt(kind, P, pt - h)) / (2 * h);
        expect(Math.abs(lossSlopeAt(kind, P, pt) - fd)).toBeLessThan(1e-7);
      }
    }
  });

  it('count the terms needed: n reaches the tolerance and n − 1 does not', () => {
    for (const pt of [0.05, 0.3, 0.8]) {
      const n = termsWithin(pt, 0.01);
      const ce = -Math.log(pt);
      expect(ce - seriesAt(polyTerms('ce', P, n), pt)).toBeLessThanOrEqual(0.01 * ce);
      if (n > 1) expect(ce - seriesAt(polyTerms('ce', P, n - 1), pt)).toBeGreaterThan(0.01 * ce);
    }
    // Far from the true class the series converges slowly: more terms at p_t = 0.05 than at 0.8.
    expect(termsWithin(0.05, 0.01)).toBeGreaterThan(termsWithin(0.8, 0.01));
  });
});

describe('closed forms agree with the loss registry', () => {
  it('focal (α off) and Poly-1 at the same p_t', () => {
    for (const pt of [0.1, 0.6, 0.95]) {
      const z = Math.log(pt) - Math.log1p(-pt);
      expect(Math.abs(lossAt('focal', P, pt) - focalAt(z, 1, P.gamma, -1))).toBeLessThan(1e-14);
      // Two classes with logits (log p_t, log(1 − p_t)) give softmax p_t to the first.
      const logits = [Math.log(pt), Math.log1p(-pt)];
      expect(Math.abs(lossAt('poly1', P, pt) - poly1At(logits, 0, P.epsilon))).toBeLessThan(1e-14);
    }
  });

  it('focal with γ = 0 and Poly-1 with ε = 0 are cross-entropy', () => {
    const zero = { gamma: 0, epsilon: 0 };
    for (const pt of [0.1, 0.6]) {
      expect(lossAt('focal', zero, pt)).toBeCloseTo(-Math.log(pt), 15);
      expect(lossAt('poly1', zero, pt)).toBeCloseTo(-Math.log(pt), 15);
    }
  });
});
