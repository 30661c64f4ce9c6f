import { formatReadout } from '../../../src/components/readout/CurveReadout';
import type { WeightSeries } from '../../../src/components/lesson/RegWeightBars';

/** The weights as numbers, one row per feature; an exact zero reads “0”. */
export function WeightTable({ features, series }: { readonly features: readonly string[]; readonly series: readonly WeightSeries[] }) {
  return (
    <table className="reg-table">
      <caption>Weights</caption>
      <thead>
        <tr>
          <th scope="col">feature</th>
          {series.map((s) => (
            <th scope="col" key={s.id}>
              {s.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {features.map((f, k) => (
          <tr key={f}>
            <th scope="row">{f}</th>
            {series.map((s) => (
              <td key={s.id}>{formatReadout(s.values[k] ?? NaN)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
