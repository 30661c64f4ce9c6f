import { arcfaceRow, wrapDeg } from '../../../src/math/lessons/metricCircle';
import { ParamSlider } from '../../../src/components/controls/ParamSlider';
import type { FigureProps } from '../types';
import { CircleCanvas, circleGeometry, type CircleGeometry } from './CircleCanvas';
import { circleEdits } from './circleEdits';
import { figureSide, show } from './layout';
import { NegativeButtons } from './NegativeButtons';
import { ANGLE_MARGIN, MAX_CIRCLE_NEGATIVES, SCALE, type MetricState } from './state';
import './metric.css';

const DEG = 180 / Math.PI;

/** An SVG arc at radius r from angle a to angle b (degrees, the short way round is not assumed). */
function arcPath(g: CircleGeometry, a: number, b: number, r: number): string {
  const p = g.at(a, r);
  const q = g.at(b, r);
  const large = Math.abs(b - a) > 180 ? 1 : 0;
  const sweep = b > a ? 0 : 1;
  return `M${p.x},${p.y} A${r},${r} 0 ${large} ${sweep} ${q.x},${q.y}`;
}

/**
 * ArcFace on the circle: the feature (the anchor's angle), its own class centre (the positive's) and the other
 * class centres (the negatives'). The arc from the centre to the feature is θ; the loss scores the feature as
 * if it sat θ + m away (the hollow marker). Hidden until answered: the losses and the probability.
 */
export function ArcFaceFigure({ state, set, revealed, width }: FigureProps<MetricState>) {
  const r = arcfaceRow(state.qa, state.qp, state.qn, state.s, state.m);
  const e = circleEdits(state, set);
  const side = figureSide(width);
  const delta = wrapDeg(state.qa - state.qp);
  const dir = delta < 0 ? -1 : 1;
  const seen = state.qp + dir * (r.thetaDeg + state.m * DEG);
  const thetaPlusM = r.thetaDeg + state.m * DEG;
  const g = circleGeometry(side);
  const ghost = g.at(seen);
  return (
    <div className="metric-figure">
      <CircleCanvas
        side={side}
        title="Feature and class centres on the unit circle"
        overlay={
          <>
            <path className="arc-theta" d={arcPath(g, state.qp, state.qp + dir * r.thetaDeg, g.R * 0.55)} />
            <path className="arc-margin" d={arcPath(g, state.qp + dir * r.thetaDeg, seen, g.R * 0.55)} />
            <circle className="ghost-feature" cx={ghost.x} cy={ghost.y} r={7} />
          </>
        }
        points={[
          ...state.qn.map((a, i) => ({
            label: `class ${i + 2} centre`,
            short: `C${i + 2}`,
            angle: a,
            className: 'is-negative',
            onAngle: (d: number) => e.onNegative(i, d),
          })),
          { label: 'own class centre', short: 'C1', angle: state.qp, className: 'is-positive', onAngle: e.onPositive },
          { label: 'feature', short: 'x', angle: state.qa, className: 'is-anchor', onAngle: e.onAnchor },
        ]}
      />
      <div className="metric-side">
        <table className="metric-table">
          <caption>ArcFace for the feature x of class 1</caption>
          <tbody>
            <tr>
              <th scope="row">angle θ to its centre (°)</th>
              <td><output aria-label="theta in degrees">{r.thetaDeg.toFixed(1)}</output></td>
            </tr>
            <tr>
              <th scope="row">θ + m (°)</th>
              <td><output aria-label="theta plus m in degrees">{thetaPlusM.toFixed(1)}</output></td>
            </tr>
            <tr>
              <th scope="row">own logit s·cos(θ + m)</th>
              <td><output aria-label="own class logit">{show(r.trueLogit)}</output></td>
            </tr>
            <tr>
              <th scope="row">ArcFace loss</th>
              <td>{revealed ? <output aria-label="ArcFace loss">{show(r.loss)}</output> : '?'}</td>
            </tr>
            <tr>
              <th scope="row">loss with m = 0</th>
              <td>{revealed ? <output aria-label="loss without margin">{show(r.lossNoMargin)}</output> : '?'}</td>
            </tr>
            <tr>
              <th scope="row">probability of class 1</th>
              <td>{revealed ? <output aria-label="probability of class 1">{show(r.pTrue)}</output> : '?'}</td>
            </tr>
          </tbody>
        </table>
        <ParamSlider spec={ANGLE_MARGIN} value={state.m} onChange={(m) => set({ m })} />
        <ParamSlider spec={SCALE} value={state.s} onChange={(s) => set({ s })} />
        <NegativeButtons count={state.qn.length} max={MAX_CIRCLE_NEGATIVES} onAdd={e.onAdd} onRemove={e.onRemove} noun="class" />
      </div>
    </div>
  );
}
