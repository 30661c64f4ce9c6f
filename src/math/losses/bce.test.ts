import { describe, expect, it } from 'vitest';
import { bce } from './bce';

const rel = (got: number, want: number) => Math.abs(got - want) / Math.abs(want);

describe('bce', () => {
  it('caps each log at −100 as PyTorch does, with no gradient from a capped term', () => {
    // log(1e-50) ≈ −115 and log(0) = −∞ are both held at −100; log(1 − 1) likewise.
    for (const [p, t] of [[1e-50, 1], [0, 1], [1, 0]] as const) {
      expect(bce.value({ prob: [p], target: [t] }, {})).toBe(100);
      expect(bce.grad({ prob: [p], target: [t] }, {}).prob).toEqual([0]);
    }
    // Just above the cap the log is used as is: −log(1e-40) = 40 ln 10, slope −1/p.
    expect(rel(bce.value({ prob: [1e-40], target: [1] }, {}), 40 * Math.LN10)).toBeLessThan(1e-15);
    expect(rel((bce.grad({ prob: [1e-40], target: [1] }, {}).prob as number[])[0]!, -1e40)).toBeLessThan(1e-15);
  });

  it('keeps the digits of −log(1 − p) for p near 0 (log1p, not log(1 − p))', () => {
    // −log(1 − p) = p + p²/2 + … ; with p = 1e-12 the p² term is already below double precision of p.
    // Forming 1 − p first would be off by ~1e-4 relative here.
    expect(rel(bce.value({ prob: [1e-12], target: [0] }, {}), 1e-12 + 0.5e-24)).toBeLessThan(1e-15);
  });
});
