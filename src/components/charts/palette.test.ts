import { describe, expect, it } from 'vitest';
import { PALETTE, projectorInk } from './palette';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].toSorted((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('the projector palette', () => {
  it('keeps every series colour at 4.5:1 or more against white', () => {
    const weak = PALETTE.filter((c) => contrast(projectorInk(c), '#ffffff') < 4.5);
    expect(weak).toEqual([]);
    expect(contrast('#E69F00', '#ffffff')).toBeLessThan(3);
  });

  it('keeps the series apart: no two projector colours are the same', () => {
    expect(new Set(PALETTE.map(projectorInk)).size).toBe(PALETTE.length);
  });

  it('leaves a colour outside the palette as it is', () => {
    expect(projectorInk('#abcdef')).toBe('#abcdef');
  });
});
