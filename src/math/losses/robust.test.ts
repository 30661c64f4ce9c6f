import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LossInputError } from '../tensor';
import { barronAt, barronDerivAt, barronWeightAt } from './barron';
import { getLoss } from './index';
import { tukeyAt, tukeyDerivAt, tukeyWeightAt } from './tukey';
import { welschAt, welschDerivAt, welschWeightAt } from './welsch';

const xs = fc.double({ min: -50, max: 50, noNaN: true });
const cs = fc.double({ min: 0.1, max: 10, noNaN: true });
const rel = (got: number, want: number, tol: number) =>
  expect(Math.abs(got - want)).toBeLessThanOrEqual(tol * Math.abs(want) + 1e-300);

describe("Barron's loss at its named shapes (closed forms written independently)", () => {
  const cases: readonly [string, number, (u: number) => number, (x: number, c: number) => number][] = [
    ['L2, α = 2: ½(x/c)²', 2, (u) => 0.5 * u, (x, c) => x / (c * c)],
    ['Cauchy, α = 0: log(½(x/c)² + 1)', 0, (u) => Math.log1p(0.5 * u), (x, c) => x / (c * c) / (0.5 * (x / c) ** 2 + 1)],
    ['Charbonnier, α = 1: √((x/c)² + 1) − 1', 1, (u) => u / (Math.sqrt(u + 1) + 1), (x, c) => x / (c * c) / Math.sqrt((x / c) ** 2 + 1)],
    ['Geman–McClure, α = −2: 2(x/c)²/((x/c)² + 4)', -2, (u) => (2 * u) / (u + 4), (x, c) => (16 * x) / (c * c * ((x / c) ** 2 + 4) ** 2)],
  ];
  it.each(cases)('%s', (_, alpha, rho, psi) => {
    fc.assert(fc.property(xs, cs, (x, c) => {
      rel(barronAt(x, alpha, c), rho((x / c) ** 2), 1e-13);
      rel(barronDerivAt(x, alpha, c), psi(x, c), 1e-13);
    }));
  });

  it('approaches Welsch as α → −∞: within (4 + u + u²)/|α| relative at α = −1e6, and closer than at α = −1e3', () => {
    // To first order in 1/|α| (b = |α − 2|, ρ_w the Welsch value), ρ_α − ρ_w = (2/|α|)·ρ_w − e^(−u/2)(u + u²/4)/b.
    // Since ρ_w = 1 − e^(−u/2) ≥ (u/2)·e^(−u/2), the second term is at most (2 + u/2)/b times ρ_w, so the
    // relative gap is below (4 + u/2)/|α|; the bound allows for the neglected O(u²/α²) terms as well.
    fc.assert(fc.property(fc.double({ min: -6, max: 6, noNaN: true }), cs, (x, c) => {
      const u = (x / c) ** 2;
      const far = Math.abs(barronAt(x, -1e6, c) - welschAt(x, c));
      expect(far).toBeLessThanOrEqual(((4 + u + u * u) / 1e6) * welschAt(x, c) + 1e-300);
      if (u > 1e-3) expect(far).toBeLessThan(Math.abs(barronAt(x, -1e3, c) - welschAt(x, c)));
    }));
  });

  it('is continuous across α = 0 and α = 2: within |δ|·(1 + u)²·(1 + |log δ|) of the closed form at α = 0 ± δ, 2 ± δ', () => {
    // Near 0 the α-derivative is bounded by (1 + u)²; near 2 it grows like log(1/δ), hence the log factor.
    for (const delta of [1e-3, 1e-6, 1e-9, 1e-12]) {
      for (const x of [1e-6, 0.3, 1, 2.5, 7]) {
        const u = x * x;
        const tol = delta * (1 + u) ** 2 * (1 + Math.abs(Math.log(delta)));
        for (const sgn of [-1, 1]) {
          expect(Math.abs(barronAt(x, sgn * delta, 1) - barronAt(x, 0, 1))).toBeLessThanOrEqual(tol * barronAt(x, 0, 1));
          expect(Math.abs(barronAt(x, 2 + sgn * delta, 1) - barronAt(x, 2, 1))).toBeLessThanOrEqual(tol * barronAt(x, 2, 1));
        }
      }
    }
  });

  it('keeps the digits of tiny residuals: ρ = ½(x/c)² to full precision at x = 1e-9 for every α', () => {
    for (const alpha of [-10, -2, -0.5, 1e-8, 0.5, 1, 1.99999999, 3, 4]) {
      expect(Math.abs(barronAt(1e-9, alpha, 1) - 0.5e-18)).toBeLessThanOrEqual(0.5e-33);
    }
  });

  it('weights fall with |x| for every α < 2 and stay 1/c² at α = 2', () => {
    fc.assert(fc.property(fc.double({ min: -10, max: 1.99, noNaN: true }), fc.double({ min: 0, max: 20, noNaN: true }), cs, (alpha, x, c) => {
      expect(barronWeightAt(x + 0.5, alpha, c)).toBeLessThan(barronWeightAt(x, alpha, c));
      expect(barronWeightAt(x, 2, c)).toBe(1 / (c * c));
    }));
  });

  it('redescends for α < 1: the pull at 100c is below the pull at c', () => {
    for (const alpha of [0.5, 0, -2, -10]) expect(barronDerivAt(100, alpha, 1)).toBeLessThan(barronDerivAt(1, alpha, 1));
    // while Charbonnier's pull levels off at 1/c, like L1
    expect(barronDerivAt(1e6, 1, 2)).toBeCloseTo(0.5, 9);
  });
});

describe("Tukey's biweight", () => {
  it('is the constant c²/6 beyond ±c, with zero gradient and weight', () => {
    fc.assert(fc.property(cs, fc.double({ min: 1, max: 1e6, noNaN: true }), fc.boolean(), (c, k, neg) => {
      const x = (neg ? -1 : 1) * c * k;
      expect(tukeyAt(x, c)).toBe((c * c) / 6);
      expect(Math.abs(tukeyDerivAt(x, c))).toBe(0);
      expect(tukeyWeightAt(x, c)).toBe(0);
    }));
  });

  it('meets the constant continuously at ±c, with a slope that vanishes there', () => {
    for (const c of [0.5, 2, 4.685]) {
      const x = c * (1 - 1e-9);
      rel(tukeyAt(x, c), (c * c) / 6, 1e-15);
      expect(Math.abs(tukeyDerivAt(x, c))).toBeLessThan(1e-16 * c);
    }
  });

  it('is ½x²(1 − (x/c)² + (x/c)⁴/3) inside, to full precision for tiny x', () => {
    fc.assert(fc.property(cs, fc.double({ min: -0.999, max: 0.999, noNaN: true }), (c, f) => {
      const x = c * f;
      rel(tukeyAt(x, c), 0.5 * x * x * (1 - f * f + (f ** 4) / 3), 1e-13);
      rel(tukeyDerivAt(x, c), x * (1 - f * f) ** 2, 1e-12);
    }));
    rel(tukeyAt(1e-8, 4.685), 0.5e-16, 1e-15);
  });
});

describe('Welsch', () => {
  it('is ½(x/c)² near zero and saturates at 1, with the far tail of its gradient kept', () => {
    rel(welschAt(1e-8, 1), 0.5e-16, 1e-15);
    expect(welschAt(40, 1)).toBe(1);
    // exp(−450) ≈ 5.8e-196: the derivative at x = 30c is 30·exp(−450) to full precision, not 0
    rel(welschDerivAt(30, 1), 30 * Math.exp(-450), 1e-15);
    expect(welschDerivAt(30, 1)).toBeGreaterThan(0);
  });

  it('weight is a Gaussian bump exp(−½(x/c)²)/c²', () => {
    fc.assert(fc.property(xs, cs, (x, c) => {
      rel(welschWeightAt(x, c), Math.exp(-0.5 * (x / c) ** 2) / (c * c), 1e-15);
    }));
  });
});

describe('robust losses refuse a non-positive scale', () => {
  it.each([['barron', { alpha: 1, scale: 0 }, /scale/], ['tukey', { c: -1 }, /"c"/], ['welsch', { c: 0 }, /"c"/]] as const)(
    '%s',
    (id, params, message) => {
      const spec = getLoss(id)!;
      expect(() => spec.value({ pred: [1], target: [0] }, params)).toThrow(LossInputError);
      expect(() => spec.value({ pred: [1], target: [0] }, params)).toThrow(message);
    },
  );
});
