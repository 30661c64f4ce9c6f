import { describe, expect, it } from 'vitest';
import { LOG_DECADES, RAMP, UNDEFINED_RGB, fieldExtent, heatScale, logAxisScale, paintHeat } from './colorScale';

describe('fieldExtent', () => {
  it('spans the finite cells and counts the others', () => {
    expect(fieldExtent([3, NaN, -1, Infinity, 2])).toEqual({ min: -1, max: 3, undefinedCells: 2 });
    expect(fieldExtent(new Float32Array([1, 2, 3, 4]), 2)).toEqual({ min: 1, max: 2, undefinedCells: 0 });
    const none = fieldExtent([NaN, NaN]);
    expect(none.undefinedCells).toBe(2);
    expect(Number.isNaN(none.min)).toBe(true);
  });
});

describe('heatScale', () => {
  it('is undefined without a finite cell', () => {
    expect(heatScale(fieldExtent([NaN]), 'linear')).toBeUndefined();
  });

  it('maps linearly from min to max, NaN for undefined values', () => {
    const h = heatScale({ min: 2, max: 6, undefinedCells: 0 }, 'linear')!;
    expect([h.unit(2), h.unit(4), h.unit(6), h.unit(99)]).toEqual([0, 0.5, 1, 1]);
    expect(h.unit(NaN)).toBeNaN();
    expect(h.legendScale(100).ticks(5)).toEqual([2, 3, 4, 5, 6]);
  });

  it('maps the offset above the minimum on a log axis, a zero minimum included', () => {
    const h = heatScale({ min: 0, max: 100, undefinedCells: 0 }, 'log')!;
    expect(h.floor).toBeCloseTo(100 * 10 ** -LOG_DECADES, 15);
    expect(h.unit(0)).toBe(0);
    expect(h.unit(h.floor / 10)).toBe(0);
    expect(h.unit(100)).toBeCloseTo(1, 12);
    expect(h.unit(1)).toBeCloseTo(2 / LOG_DECADES, 12);
    expect(h.unit(Infinity)).toBeNaN();
  });

  it('works the same for a negative minimum', () => {
    const h = heatScale({ min: -5, max: 5, undefinedCells: 0 }, 'log')!;
    expect(h.unit(-5)).toBe(0);
    expect(h.unit(-4)).toBeCloseTo((4 - 1) / LOG_DECADES, 12);
  });

  it('gives a flat field the middle colour in either mode', () => {
    for (const mode of ['linear', 'log'] as const) {
      const h = heatScale({ min: 3, max: 3, undefinedCells: 0 }, mode)!;
      expect(h.unit(3)).toBe(0.5);
      expect(h.legendScale(100)(3)).toBe(50);
    }
  });

  it('labels the log legend with powers of ten in plain numbers', () => {
    const h = heatScale({ min: 0, max: 10, undefinedCells: 0 }, 'log')!;
    const s = h.legendScale(200);
    const format = s.tickFormat(4);
    const labels = s.ticks(4).map(format).filter((t) => t !== '');
    expect(labels).toEqual(['0.001', '0.01', '0.1', '1', '10']);
    expect(s(0.001)).toBeCloseTo(0, 9);
    expect(s(10)).toBeCloseTo(200, 9);
  });
});

describe('logAxisScale', () => {
  it('behaves like a log scale for Axis', () => {
    const s = logAxisScale([1, 1000], [0, 300]);
    expect(s(10)).toBeCloseTo(100, 9);
    expect(s.range()).toEqual([0, 300]);
    expect(s.ticks(3)).toEqual([1, 10, 100, 1000]);
  });
});

describe('paintHeat', () => {
  it('uses viridis end colours and flips rows so v runs up', () => {
    expect(Array.from(RAMP.subarray(0, 3))).toEqual([0x44, 0x01, 0x54]);
    expect(Array.from(RAMP.subarray(255 * 3))).toEqual([0xfd, 0xe7, 0x25]);
    const h = heatScale({ min: 0, max: 1, undefinedCells: 0 }, 'linear')!;
    // Row j = 0 (v low) holds 0 and 1; row j = 1 holds NaN and 0.
    const out = new Uint8ClampedArray(2 * 2 * 4);
    paintHeat([0, 1, NaN, 0], 2, h, out);
    const px = (r: number, i: number) => Array.from(out.subarray((r * 2 + i) * 4, (r * 2 + i) * 4 + 4));
    expect(px(1, 0)).toEqual([0x44, 0x01, 0x54, 255]);
    expect(px(1, 1)).toEqual([0xfd, 0xe7, 0x25, 255]);
    expect(px(0, 0)).toEqual([...UNDEFINED_RGB[0], 255]);
    expect(px(0, 1)).toEqual([0x44, 0x01, 0x54, 255]);
  });
});
