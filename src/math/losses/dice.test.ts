import { describe, expect, it } from 'vitest';
import { diceGrad } from './dice';

describe('dice gradient', () => {
  it('keeps its digits on a background pixel when the overlap is tiny (no 1 − (a number near 1))', () => {
    // A = 2Σpt + smooth = 2e-12, B = Σp + Σt = 1.9 + 1e-12: a background pixel's gradient is A/B².
    const p = [1e-12, 0.9];
    const t = [1, 0];
    const b = 1e-12 + 0.9 + 1;
    const want = 2e-12 / (b * b);
    const got = diceGrad(p, t, 0)[1]!;
    expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-12 * want);
  });
});
