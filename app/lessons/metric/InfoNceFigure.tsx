import { infonceBatch } from '../../../src/math/lessons/metricCircle';
import { ParamSlider } from '../../../src/components/controls/ParamSlider';
import type { FigureProps } from '../types';
import { CircleCanvas } from './CircleCanvas';
import { circleEdits } from './circleEdits';
import { figureSide, panelWidth, show } from './layout';
import { NegativeButtons } from './NegativeButtons';
import { MAX_CIRCLE_NEGATIVES, TAU, type MetricState } from './state';
import { WeightBars } from './WeightBars';
import './metric.css';

/** What stays hidden until the step's question is answered. */
type Hidden = 'weights' | 'loss';

function InfoNce({ state, set, revealed, width, hide }: FigureProps<MetricState> & { readonly hide: Hidden }) {
  const b = infonceBatch(state.qa, state.qp, state.qn, state.tau);
  const e = circleEdits(state, set);
  const side = figureSide(width);
  const showWeights = revealed || hide !== 'weights';
  const showLoss = revealed || hide !== 'loss';
  return (
    <div className="metric-figure">
      <CircleCanvas
        side={side}
        title="Anchor, positive and negatives on the unit circle"
        points={[
          ...state.qn.map((a, i) => ({
            label: `negative ${i + 1}`,
            short: `N${i + 1}`,
            angle: a,
            className: `is-negative${showWeights && i === b.hardest ? ' is-hardest' : ''}`,
            r: showWeights ? 4 + 8 * Math.sqrt(b.weights[i]!) : 7,
            onAngle: (d: number) => e.onNegative(i, d),
          })),
          { label: 'positive', short: 'P', angle: state.qp, className: 'is-positive', onAngle: e.onPositive },
          { label: 'anchor', short: 'A', angle: state.qa, className: 'is-anchor', onAngle: e.onAnchor },
        ]}
      />
      <div className="metric-side">
        <table className="metric-table">
          <caption>InfoNCE of the anchor over its batch</caption>
          <tbody>
            <tr>
              <th scope="row">similarity to P, s⁺</th>
              <td><output aria-label="s+">{show(b.sPos)}</output></td>
            </tr>
            <tr>
              <th scope="row">negatives k (batch k + 1)</th>
              <td><output aria-label="negatives k">{state.qn.length}</output></td>
            </tr>
            <tr>
              <th scope="row">InfoNCE loss</th>
              <td>{showLoss ? <output aria-label="InfoNCE loss">{show(b.loss)}</output> : '?'}</td>
            </tr>
            <tr>
              <th scope="row">probability of P</th>
              <td>{showLoss ? <output aria-label="probability of the positive">{show(b.pPos)}</output> : '?'}</td>
            </tr>
            <tr>
              <th scope="row">chance, log(k + 1)</th>
              <td><output aria-label="chance loss">{show(b.chance)}</output></td>
            </tr>
          </tbody>
        </table>
        {showWeights ? <WeightBars weights={b.weights} hardest={b.hardest} width={panelWidth(width)} /> : <p className="metric-hidden">The weights appear once you answer.</p>}
        <ParamSlider spec={TAU} value={state.tau} onChange={(tau) => set({ tau })} />
        <NegativeButtons count={state.qn.length} max={MAX_CIRCLE_NEGATIVES} onAdd={e.onAdd} onRemove={e.onRemove} />
      </div>
    </div>
  );
}

/** InfoNCE with the negatives' weights hidden until answered (the temperature step). */
export function InfoNceTemperatureFigure(p: FigureProps<MetricState>) {
  return <InfoNce {...p} hide="weights" />;
}

/** InfoNCE with the loss hidden until answered (the batch-size step). */
export function InfoNceBatchFigure(p: FigureProps<MetricState>) {
  return <InfoNce {...p} hide="loss" />;
}
