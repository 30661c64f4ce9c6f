export interface ReadoutRow {
  readonly id: string;
  readonly label: string;
  readonly color: string;
  readonly value: number;
  readonly derivative: number;
}

export interface CurveReadoutProps {
  readonly xLabel: string;
  readonly x: number;
  readonly rows: readonly ReadoutRow[];
}

/** Formats a number for a readout: 6 significant digits, "undefined" where the loss is not defined. */
export function formatReadout(v: number): string {
  if (!Number.isFinite(v)) return 'undefined';
  if (v === 0) return '0';
  const a = Math.abs(v);
  return a >= 1e-4 && a < 1e6 ? Number(v.toPrecision(6)).toString() : v.toExponential(4);
}

/** The numbers under the crosshair: x, and each curve's value and derivative there. */
export function CurveReadout({ xLabel, x, rows }: CurveReadoutProps) {
  return (
    <table className="readout">
      <caption>
        At {xLabel} = <output aria-label="cursor position">{formatReadout(x)}</output>
      </caption>
      <thead>
        <tr>
          <th scope="col">Loss</th>
          <th scope="col">Value</th>
          <th scope="col">Derivative</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              <span className="swatch" style={{ background: r.color }} aria-hidden="true" />
              {r.label}
            </th>
            <td>{formatReadout(r.value)}</td>
            <td>{formatReadout(r.derivative)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
