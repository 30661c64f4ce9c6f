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
 * The first terms of each series as numbers: one row per term j, a power and a coefficient column per
 * series. A hidden series shows “?” until its question is answered.
 */
export function PolyCoefficientTable({ series, rows, caption }: PolyCoefficientTableProps) {
  const js = Array.from({ length: rows }, (_, i) => i + 1);
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
          {series.map((s) => [
            <th scope="col" key={`${s.id}-power`}>
              {s.label} power
            </th>,
            <th scope="col" key={`${s.id}-coefficient`}>
              {s.label} coefficient
            </th>,
          ])}
        </tr>
      </thead>
      <tbody>
        {js.map((j) => (
          <tr key={j}>
            <th scope="row">j = {j}</th>
            {series.map((s) => [cell(s, j, 'power'), cell(s, j, 'coefficient')])}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
