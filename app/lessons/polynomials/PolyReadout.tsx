import { formatReadout } from '../../../src/components/readout/CurveReadout';
import { lossAt, lossSlopeAt, polyTerms, seriesAt, tailBound, type SeriesKind } from '../../../src/math/lessons/polynomials';
import type { PolyState } from './state';
import { SHORT } from './text';

export interface PolyReadoutProps {
  readonly kind: SeriesKind;
  readonly state: PolyState;
  /** False while a question asks about the series: its numbers show as “?”. */
  readonly showSeries: boolean;
}

/** The numbers at the cursor: the loss, the sum of its first N terms, what they leave out, and a bound on that. */
export function PolyReadout({ kind, state, showSeries }: PolyReadoutProps) {
  const { pt, terms } = state;
  const p = { gamma: state.gamma, epsilon: state.epsilon };
  const loss = lossAt(kind, p, pt);
  const sum = seriesAt(polyTerms(kind, p, terms), pt);
  const rows: { label: string; text: string; value: string }[] = [
    { label: 'cross-entropy at p_t', text: '−log p_t', value: formatReadout(lossAt('ce', p, pt)) },
  ];
  if (kind !== 'ce') rows.push({ label: `${SHORT[kind]} at p_t`, text: `${SHORT[kind]} loss`, value: formatReadout(loss) });
  if (kind === 'poly1') {
    rows.push(
      { label: 'slope of cross-entropy at p_t', text: 'slope of −log p_t', value: formatReadout(lossSlopeAt('ce', p, pt)) },
      { label: 'slope of Poly-1 at p_t', text: 'slope of Poly-1', value: formatReadout(lossSlopeAt('poly1', p, pt)) },
    );
  }
  const hidden = (v: number) => (showSeries ? formatReadout(v) : '?');
  rows.push(
    { label: 'series sum at p_t', text: `sum of the first ${terms} term${terms === 1 ? '' : 's'}`, value: hidden(sum) },
    { label: 'left out by the series', text: 'left out (loss − sum)', value: hidden(loss - sum) },
    { label: 'bound on what is left out', text: 'at most', value: hidden(tailBound(kind, p, pt, terms)) },
  );
  return (
    <table className="poly-readout">
      <caption>
        At p_t = <output aria-label="p_t at the cursor">{formatReadout(pt)}</output>
      </caption>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">{r.text}</th>
            <td>
              <output aria-label={r.label}>{r.value}</output>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
