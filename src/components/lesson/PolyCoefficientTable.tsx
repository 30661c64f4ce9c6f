import { formatReadout } from '../readout/CurveReadout';
import type { CoefficientSeries } from './PolyCoefficientBars';
import './polyCoefficients.css';

export interface PolyCoefficientTableProps {
  readonly series: readonly CoefficientSeries[];
  /** How many terms (rows) to list. */
  readonly rows: number;
  readonly caption: string;
}

/**
 * The first terms of each series as numbers: one row per term j, a coefficient column per series and a power
 * column for a series whose powers are not simply j (focal loss's j + γ). A hidden series shows “?” until its
 * question is answered.
 */
export function PolyCoefficientTable({ series, rows, caption }: PolyCoefficientTableProps) {
  const js = Array.from({ length: rows }, (_, i) => i + 1);
  const shifted = (s: CoefficientSeries) => s.terms.some((t) => t.power !== t.j);
  const columns = series.flatMap((s) => (shifted(s) ? [[s, 'power'] as const, [s, 'coefficient'] as const] : [[s, 'coefficient'] as const]));
  const cell = (s: CoefficientSeries, j: number, what: 'power' | 'coefficient') => {
    const t = s.terms.find((u) => u.j === j);
    return <td key={`${s.id}-${what}`}>{s.hidden ? '?' : t ? formatReadout(t[what]) : '–'}</td>;
  };
  return (
    <table className="poly-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">term</th>
          {columns.map(([s, what]) => (
            <th scope="col" key={`${s.id}-${what}`}>
              {s.label} {what}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {js.map((j) => (
          <tr key={j}>
            <th scope="row">j = {j}</th>
            {columns.map(([s, what]) => cell(s, j, what))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
