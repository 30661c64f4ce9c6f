/**
 * CSV text of what a chart plots (RFC 4180: comma-separated, CRLF line ends, a field with a comma,
 * quote or line break quoted). Numbers are written in JavaScript's shortest round-trip form, so a
 * parser reads back the very float64 the chart drew; an undefined value (NaN, ±∞) is an empty field.
 * Lines starting with "#" before the header say what the numbers are (pandas: `comment='#'`).
 */

/** One column: its header and its values, one per row. */
export interface CsvColumn {
  readonly name: string;
  readonly values: ArrayLike<number>;
}

export function csvNumber(v: number): string {
  return Number.isFinite(v) ? String(v) : '';
}

export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const GREEK: Readonly<Record<string, string>> = { α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', λ: 'lambda', τ: 'tau' };

/** A header name from any label: lower case, runs of other characters as one "_" ("slope w" → "slope_w"). */
export function columnName(label: string): string {
  const name = label
    .replace(/[α-ω]/g, (c) => GREEK[c] ?? c)
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return name || 'value';
}

/** Comment lines, the header, then one row per index; every column must have the same length. */
export function toCsv(columns: readonly CsvColumn[], comments: readonly string[] = []): string {
  const rows = columns[0]?.values.length ?? 0;
  for (const c of columns) {
    if (c.values.length !== rows) throw new Error(`CSV column ${c.name} has ${c.values.length} values, not ${rows}`);
  }
  const lines = comments.map((c) => `# ${c.replace(/[\r\n]+/g, ' ')}`);
  lines.push(columns.map((c) => csvField(c.name)).join(','));
  for (let i = 0; i < rows; i++) lines.push(columns.map((c) => csvNumber(c.values[i]!)).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Parameters for a comment line: "delta=1.5, reduction=mean". */
export function paramText(params: Readonly<Record<string, number | string>>): string {
  return Object.entries(params)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}
