import { describe, expect, it } from 'vitest';
import { logCosh } from './log_cosh';

const at = (r: number) => logCosh.value({ pred: [r], target: [0] }, {});
const slope = (r: number) => (logCosh.grad({ pred: [r], target: [0] }, {}).pred as number[])[0]!;

describe('log_cosh at the ends of the scale', () => {
  it('is r²/2 − r⁴/12 for tiny residuals, not 0', () => {
    for (const r of [1e-10, -3e-8, 1e-5]) {
      const want = (r * r) / 2 - r ** 4 / 12;
      expect(Math.abs(at(r) - want) / want).toBeLessThan(1e-14);
      expect(Math.abs(slope(r) - r) / Math.abs(r)).toBeLessThan(1e-9);
    }
  });

  it('is |r| − log 2 past the point where cosh overflows', () => {
    for (const r of [711, -1000, 1e6]) {
      expect(Math.abs(at(r) - (Math.abs(r) - Math.LN2)) / Math.abs(r)).toBeLessThan(1e-15);
      expect(slope(r)).toBe(Math.sign(r));
    }
  });
});
