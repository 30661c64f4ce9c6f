import { tripletTable } from '../../../src/math/lessons/metric';
import { ParamSlider } from '../../../src/components/controls/ParamSlider';
import type { FigureProps } from '../types';
import { figureSide, show } from './layout';
import { NegativeButtons } from './NegativeButtons';
import { PlaneCanvas, planeGeometry } from './PlaneCanvas';
import { planeEdits } from './planeEdits';
import { MARGIN, MAX_PLANE_NEGATIVES, type MetricState } from './state';
import './metric.css';

/**
 * Triplets in the plane: around the anchor, the disc of radius d(a, p) holds the hard negatives and the ring
 * out to d(a, p) + margin the semi-hard ones; beyond it they are easy and cost nothing. Hidden until the
 * predict question is answered: the zones, each negative's kind and the losses.
 */
export function TripletFigure({ state, set, revealed, width }: FigureProps<MetricState>) {
  const t = tripletTable(state.anchor, state.positive, state.negatives, state.margin);
  const e = planeEdits(state, set);
  const side = figureSide(width);
  const g = planeGeometry(side);
  const ax = g.x(state.anchor[0]);
  const ay = g.y(state.anchor[1]);
  return (
    <div className="metric-figure">
      <PlaneCanvas
        side={side}
        title="Anchor, positive and negatives in the plane"
        anchor={state.anchor}
        positive={state.positive}
        negatives={state.negatives}
        negativeClass={(i) => (revealed ? `kind-${t.rows[i]!.kind}` : '')}
        onAnchor={e.onAnchor}
        onPositive={e.onPositive}
        onNegative={e.onNegative}
        overlay={
          revealed && (
            <>
              <circle className="zone-semi-hard" cx={ax} cy={ay} r={(t.dap + state.margin) * g.unit} />
              <circle className="zone-hard" cx={ax} cy={ay} r={t.dap * g.unit} />
            </>
          )
        }
      />
      <div className="metric-side">
        <table className="metric-table">
          <caption>Triplets (anchor, positive, negative)</caption>
          <thead>
            <tr>
              <th scope="col">Point</th>
              <th scope="col">d(A, ·)</th>
              <th scope="col">kind</th>
              <th scope="col">loss</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">P</th>
              <td><output aria-label="d(a, p)">{show(t.dap)}</output></td>
              <td>positive</td>
              <td>—</td>
            </tr>
            {t.rows.map((r, i) => (
              <tr key={i}>
                <th scope="row">N{i + 1}</th>
                <td><output aria-label={`N${i + 1} distance`}>{show(r.dan)}</output></td>
                <td>{revealed ? <output aria-label={`N${i + 1} kind`} className={`kind-${r.kind}`}>{r.kind}</output> : '?'}</td>
                <td>{revealed ? <output aria-label={`N${i + 1} triplet loss`}>{show(r.loss)}</output> : '?'}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>mean over the negatives</th>
              <td>{revealed ? <output aria-label="mean triplet loss">{show(t.mean)}</output> : '?'}</td>
            </tr>
          </tfoot>
        </table>
        <ParamSlider spec={MARGIN} value={state.margin} onChange={(margin) => set({ margin })} />
        <NegativeButtons count={state.negatives.length} max={MAX_PLANE_NEGATIVES} onAdd={e.onAdd} onRemove={e.onRemove} />
      </div>
    </div>
  );
}
