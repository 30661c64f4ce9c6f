import './readout.css';
import { useChartStyle } from '../charts/chartStyle';
import { useHeldHeight } from './useHeldHeight';

export interface ReadoutRow {
  readonly id: string;
  readonly label: string;
  readonly color: string;
  readonly value: number;
  readonly derivative: number;
  /** Effective per-sample weight at x; leave out for a loss that has none. */
  readonly weight?: number;
}

export interface CurveReadoutProps {
  /** Name of the x variable in plain text (not typeset), e.g. "r" or "cos θ_y": a profile's xText. */
  readonly xLabel: string;
  readonly x: number;
  readonly rows: readonly ReadoutRow[];
  /** Add a "Weight" column (when the weight panel is shown). */
  readonly showWeight?: boolean;
}

/** Formats a number for a readout: 6 significant digits, ∞ for an infinite slope, "undefined" where the loss is not defined. */
export function formatReadout(v: number): string {
  if (v === Infinity) return '∞';
  if (v === -Infinity) return '−∞';
  if (!Number.isFinite(v)) return 'undefined';
  if (v === 0) return '0';
  const a = Math.abs(v);
  return a >= 1e-4 && a < 1e6 ? Number(v.toPrecision(6)).toString() : v.toExponential(4);
}

/**
 * The numbers under the crosshair: x, and each curve's value and derivative there (and its
 * effective weight when asked). Cells are in the order Value, Derivative, Weight. The table sits in
 * a box of its own height (useHeldHeight), so numbers that change every frame lay out only the table.
 */
export function CurveReadout({ xLabel, x, rows, showWeight = false }: CurveReadoutProps) {
  const { ink } = useChartStyle();
  const [box, table] = useHeldHeight<HTMLDivElement, HTMLTableElement>();
  return (
    <div className="readout-box" ref={box}>
      <table className="readout" ref={table}>
        <caption>
          At {xLabel} = <output aria-label="cursor position">{formatReadout(x)}</output>
        </caption>
        <thead>
          <tr>
            <th scope="col">Loss</th>
            <th scope="col">Value</th>
            <th scope="col">Derivative</th>
            {showWeight && <th scope="col">Weight</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <span className="swatch" style={{ background: ink ? ink(r.color) : r.color }} aria-hidden="true" />
                {r.label}
              </th>
              <td>{formatReadout(r.value)}</td>
              <td>{formatReadout(r.derivative)}</td>
              {showWeight && (
                <td>
                  {r.weight === undefined ? (
                    <>
                      <span aria-hidden="true">—</span>
                      <span className="sr-only">no weight</span>
                    </>
                  ) : (
                    formatReadout(r.weight)
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
