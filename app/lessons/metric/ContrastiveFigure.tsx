import { contrastiveTable } from '../../../src/math/lessons/metric';
import { ParamSlider } from '../../../src/components/controls/ParamSlider';
import type { FigureProps } from '../types';
import { figureSide, show } from './layout';
import { NegativeButtons } from './NegativeButtons';
import { PlaneCanvas, planeGeometry } from './PlaneCanvas';
import { planeEdits } from './planeEdits';
import { MARGIN, MAX_PLANE_NEGATIVES, type MetricState } from './state';
import './metric.css';

/**
 * Contrastive pairs: the anchor with its positive (a similar pair) and with each negative (dissimilar), and
 * the margin ring of radius m around the anchor. Hidden until answered: the dissimilar pairs' losses.
 */
export function ContrastiveFigure({ state, set, revealed, width }: FigureProps<MetricState>) {
  const c = contrastiveTable(state.anchor, state.positive, state.negatives, state.margin);
  const e = planeEdits(state, set);
  const side = figureSide(width);
  const g = planeGeometry(side);
  return (
    <div className="metric-figure">
      <PlaneCanvas
        side={side}
        title="Pairs of the anchor in the plane"
        anchor={state.anchor}
        positive={state.positive}
        negatives={state.negatives}
        negativeClass={(i) => (c.negatives[i]!.d < state.margin ? 'inside' : 'outside')}
        onAnchor={e.onAnchor}
        onPositive={e.onPositive}
        onNegative={e.onNegative}
        overlay={<circle className="margin-ring" cx={g.x(state.anchor[0])} cy={g.y(state.anchor[1])} r={state.margin * g.unit} />}
      />
      <div className="metric-side">
        <table className="metric-table">
          <caption>Pairs with the anchor</caption>
          <thead>
            <tr>
              <th scope="col">Pair</th>
              <th scope="col">d</th>
              <th scope="col">y</th>
              <th scope="col">loss</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">A–P</th>
              <td><output aria-label="A–P distance">{show(c.positive.d)}</output></td>
              <td>1</td>
              <td><output aria-label="A–P contrastive loss">{show(c.positive.loss)}</output></td>
            </tr>
            {c.negatives.map((r, i) => (
              <tr key={i}>
                <th scope="row">A–N{i + 1}</th>
                <td><output aria-label={`A–N${i + 1} distance`}>{show(r.d)}</output></td>
                <td>0</td>
                <td>{revealed ? <output aria-label={`A–N${i + 1} contrastive loss`}>{show(r.loss)}</output> : '?'}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>mean over the pairs</th>
              <td>{revealed ? <output aria-label="mean contrastive loss">{show(c.mean)}</output> : '?'}</td>
            </tr>
          </tfoot>
        </table>
        <ParamSlider spec={MARGIN} value={state.margin} onChange={(margin) => set({ margin })} />
        <NegativeButtons count={state.negatives.length} max={MAX_PLANE_NEGATIVES} onAdd={e.onAdd} onRemove={e.onRemove} />
      </div>
    </div>
  );
}
