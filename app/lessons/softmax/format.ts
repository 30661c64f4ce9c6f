/**
 * A number for the lesson's text and tables: `digits` significant digits (exponent form for the very large
 * and very small, as 2.41e-145), a typographic minus in front, or what went wrong (∞, NaN).
 */
export function show(v: number, digits = 6): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  return String(Number(v.toPrecision(digits))).replace(/^-/, '−');
}
