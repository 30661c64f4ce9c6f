import { scaleLinear } from 'd3-scale';
import { show } from './layout';

/** Each negative's share wⱼ of the push as horizontal bars on a 0…1 axis, the hardest one marked. */
export function WeightBars({ weights, hardest, width }: { readonly weights: readonly number[]; readonly hardest: number; readonly width: number }) {
  const w = Math.max(80, Math.min(240, width - 180));
  const x = scaleLinear().domain([0, 1]).range([0, w]);
  return (
    <table className="metric-bars">
      <caption>Weight of each negative, wⱼ (they sum to 1)</caption>
      <tbody>
        {weights.map((v, j) => (
          <tr key={j} className={j === hardest ? 'is-hardest' : undefined}>
            <th scope="row">N{j + 1}{j === hardest ? ' (hardest)' : ''}</th>
            <td>
              <svg width={w} height={14} aria-hidden="true">
                <rect className="bar-track" width={w} height={14} />
                <rect className="bar" width={x(v)} height={14} />
              </svg>{' '}
              <output aria-label={`N${j + 1} weight`}>{show(v)}</output>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
