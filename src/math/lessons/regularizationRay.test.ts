import { describe, expect, it } from 'vitest';
import { alongRay, zeroLossScale } from './regularizationRay';

describe('the hinge loss along a separating ray', () => {
  const c0 = zeroLossScale();
  it('is exactly 0 from c₀ on, and positive just before', () => {
    const at = alongRay(0);
    expect(c0).toBeGreaterThan(0);
    for (const k of [1.0001, 2, 10, 1e3]) expect(at(k * c0).data).toBe(0);
    expect(at(0.99 * c0).data).toBeGreaterThan(0);
    expect(at(0.5 * c0).dData).toBeLessThan(0);
  });

  it('with λ‖w‖² costs λc² past c₀ (d is a unit vector), so large W no longer ties', () => {
    const lambda = 0.05;
    const at = alongRay(lambda);
    for (const c of [1.5 * c0, 3 * c0]) {
      expect(at(c).penalized).toBeCloseTo(lambda * c * c, 12);
      expect(at(c).dPenalized).toBeCloseTo(2 * lambda * c, 12);
    }
    expect(at(3 * c0).penalized).toBeGreaterThan(at(1.5 * c0).penalized);
  });
});
