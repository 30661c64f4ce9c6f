/** A number for the lesson's text and tables: 6 significant digits, or what went wrong (∞, NaN). */
export function show(v: number, digits = 6): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  return String(Number(v.toPrecision(digits))).replace('-', '−');
}
