import { TABLE_Z, gridIndex } from '../../../src/math/lessons/saturation';
import { showNumber } from './format';

export interface TableCurve {
  readonly id: string;
  readonly label: string;
  /** The plotted derivative, sampled on the lesson's GRID. */
  readonly grad: Float64Array;
}

/** dL/dz read off the plotted curves at a few logits: the numbers the chart draws, as a table. */
export function GradientTable({ curves, caption }: { curves: readonly TableCurve[]; caption: string }) {
  return (
    <table className="saturation-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">z</th>
          {curves.map((c) => (
            <th key={c.id} scope="col">
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {TABLE_Z.map((z) => (
          <tr key={z}>
            <th scope="row">{showNumber(z)}</th>
            {curves.map((c) => (
              <td key={c.id}>{showNumber(c.grad[gridIndex(z)]!)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
