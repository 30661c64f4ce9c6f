import { describe, expect, it } from 'vitest';
import { msle } from './msle';

const rel = (got: number, want: number) => Math.abs(got - want) / Math.abs(want);

describe('msle extremes', () => {
  it('worked example: ŷ = e − 1 against y = 0 is one unit of log error', () => {
    const inputs = { pred: [Math.E - 1], target: [0] };
    expect(rel(msle.value(inputs, {}), 1)).toBeLessThan(1e-15);
    expect(rel((msle.grad(inputs, {}).pred as number[])[0]!, 2 / Math.E)).toBeLessThan(1e-15);
  });

  it('keeps its digits when prediction and target agree to 12 places', () => {
    // y = 2.5 and ŷ = y + 2⁻⁴⁰ are exact doubles, so u = log1p(x) with x = 2⁻⁴⁰/3.5, i.e. x − x²/2.
    const x = 2 ** -40 / 3.5;
    const u = x - (x * x) / 2;
    const v = msle.value({ pred: [2.5 + 2 ** -40], target: [2.5] }, {});
    // A plain log1p(ŷ) − log1p(y) is off by 2.4e-4 relative in u here.
    expect(Math.abs(v - u * u) / (u * u)).toBeLessThan(1e-14);
  });

  it('stays finite and exact for 0 against 1e200', () => {
    const u = 200 * Math.LN10; // log(1 + 1e200) = 200 ln 10 to double precision
    expect(rel(msle.value({ pred: [0], target: [1e200] }, {}), u * u)).toBeLessThan(1e-14);
  });

  it('rejects inputs at or below −1, where log(1 + x) does not exist', () => {
    expect(() => msle.value({ pred: [-1], target: [0] }, {})).toThrow(/> −1/);
  });
});
