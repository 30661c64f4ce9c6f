/** A number for the lesson's tables and readouts: 6 significant digits, true minus signs, ∞ spelled out. */
export function showNumber(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '∞';
  if (v === -Infinity) return '−∞';
  const a = Math.abs(v);
  const s = v === 0 ? '0' : a >= 1e-4 && a < 1e6 ? String(Number(v.toPrecision(6))) : v.toExponential(5);
  return s.replaceAll('-', '−');
}

/** The same number as TeX: 6.70475 \times 10^{-4}, \infty. */
export function texNumber(v: number): string {
  const s = showNumber(v).replaceAll('−', '-').replace('∞', '\\infty');
  const [m, e] = s.split('e');
  return `{${e === undefined ? s : `${m} \\times 10^{${Number(e)}}`}}`;
}
