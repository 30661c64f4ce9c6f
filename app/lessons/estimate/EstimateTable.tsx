import { meanLossAt, median, quantileOptimum, type EstimateKind, type EstimateParams, type Optimum } from '../../../src/math/lessons/estimate';
import { mean } from '../../../src/math/numerics';
import { KIND_INFO, short } from './kinds';

interface EstimateTableProps {
  readonly ys: readonly number[];
  readonly params: EstimateParams;
  /** The learner's guess c, whose mean loss is shown beside the lowest one. */
  readonly guess: number;
  readonly optima: readonly { readonly kind: EstimateKind; readonly optimum: Optimum }[];
}

/** What each statistic of the sample is, for the table's last column. */
function statistic(kind: EstimateKind, ys: readonly number[], tau: number): string {
  switch (kind) {
    case 'mse':
      return `sample mean ${short(mean(ys))}`;
    case 'mae':
      return ys.length % 2 ? `median ${short(median(ys))}` : `median ${short(median(ys))}, the midpoint of the two middle values`;
    case 'quantile': {
      const q = quantileOptimum(ys, tau);
      return `${short(tau)}-quantile ${q.hi > q.lo ? `[${short(q.lo)}, ${short(q.hi)}]` : short(q.at)}`;
    }
    case 'huber':
      return 'no closed form: Σ ψ_δ(c − yᵢ) = 0';
  }
}

/**
 * The best constant of each loss beside the statistic it estimates. Each optimum is an output whose
 * data-lo / data-hi / data-value carry the full float64 value (the text is rounded for reading).
 */
export function EstimateTable({ ys, params, guess, optima }: EstimateTableProps) {
  return (
    <table className="estimate-table">
      <caption>Best constant prediction c* for each loss</caption>
      <thead>
        <tr>
          <th scope="col">loss</th>
          <th scope="col">c*</th>
          <th scope="col">what it estimates</th>
          <th scope="col">mean loss at c* / at your c = {short(guess)}</th>
        </tr>
      </thead>
      <tbody>
        {optima.map(({ kind, optimum: o }) => {
          const info = KIND_INFO[kind];
          return (
            <tr key={kind}>
              <th scope="row">
                <span className="estimate-swatch" style={{ background: info.color }} aria-hidden="true" />
                {info.name}
              </th>
              <td>
                <output aria-label={`${info.name} optimum`} data-value={o.at} data-lo={o.lo} data-hi={o.hi}>
                  {o.hi > o.lo ? `any c in [${short(o.lo)}, ${short(o.hi)}]` : short(o.at)}
                </output>
              </td>
              <td>{statistic(kind, ys, params.tau)}</td>
              <td>
                {short(meanLossAt(kind, ys, o.at, params))} /{' '}
                <output aria-label={`${info.name} loss at c`} data-value={meanLossAt(kind, ys, guess, params)}>
                  {short(meanLossAt(kind, ys, guess, params))}
                </output>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
