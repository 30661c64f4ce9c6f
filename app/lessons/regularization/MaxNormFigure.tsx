import { scaleLinear } from 'd3-scale';
import { Axis } from '../../../src/components/charts/Axis';
import { ParamSlider } from '../../../src/components/controls/ParamSlider';
import { formatReadout } from '../../../src/components/readout/CurveReadout';
import { projectMaxNorm } from '../../../src/math/surface/descend';
import type { FigureProps } from '../types';
import { LESSON_MAX_NORM, W1, W2, type RegState } from './state';
import './regularization.css';

const LIM = 5.5;

/** Step 3: a weight vector w, the ball ‖w‖₂ ≤ c, and where the max-norm projection puts w. */
export function MaxNormFigure({ state, set, revealed, width }: FigureProps<RegState>) {
  const { w1, w2, max_norm: c } = state;
  const [p1, p2] = projectMaxNorm(w1, w2, c, 'uv');
  const size = Math.min(width, 320);
  const pad = 36;
  const x = scaleLinear().domain([-LIM, LIM]).range([0, size - 2 * pad]);
  const y = scaleLinear().domain([-LIM, LIM]).range([size - 2 * pad, 0]);
  const inner = size - 2 * pad;
  const r = x(c) - x(0);
  const out = Math.hypot(w1, w2) > c;
  return (
    <div className="reg-figure">
      <div className="reg-controls">
        <ParamSlider spec={W1} value={w1} onChange={(v) => set({ w1: v })} />
        <ParamSlider spec={W2} value={w2} onChange={(v) => set({ w2: v })} />
        <ParamSlider spec={LESSON_MAX_NORM} value={c} onChange={(v) => set({ max_norm: v })} />
      </div>
      <div className="reg-extra">
      {/* oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- an inline SVG chart has no <img> form; role img names it */}
      <svg className="reg-plane" width={size} height={size} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={`Weight vector (${formatReadout(w1)}, ${formatReadout(w2)}) and the ball of radius ${formatReadout(c)}`}>
        <g transform={`translate(${pad},${pad})`}>
          <g transform={`translate(0,${inner})`}>
            <Axis scale={x} orient="bottom" gridLength={inner} ticks={6} />
          </g>
          <Axis scale={y} orient="left" gridLength={0} ticks={6} />
          <circle className="reg-ball" cx={x(0)} cy={y(0)} r={r} />
          {revealed && out && <line className="reg-arrow" x1={x(w1)} y1={y(w2)} x2={x(p1)} y2={y(p2)} />}
          <circle cx={x(w1)} cy={y(w2)} r={7} style={{ fill: 'var(--focus)' }} />
          <text x={x(w1) + 10} y={y(w2) - 10}>w</text>
          {revealed && (
            <>
              <circle cx={x(p1)} cy={y(p2)} r={7} style={{ fill: 'none', stroke: 'var(--accent)', strokeWidth: 3 }} />
              <text x={x(p1) + 10} y={y(p2) + 18}>projected</text>
            </>
          )}
        </g>
      </svg>
        <dl className="reg-readout">
          <div>
            <dt>‖w‖₂</dt>
            <dd><output aria-label="norm of w">{formatReadout(Math.hypot(w1, w2))}</output></dd>
          </div>
          <div>
            <dt>projected w</dt>
            <dd>
              (<output aria-label="projected w1">{revealed ? formatReadout(p1) : '?'}</output>,{' '}
              <output aria-label="projected w2">{revealed ? formatReadout(p2) : '?'}</output>)
            </dd>
          </div>
          <div>
            <dt>‖projected w‖₂</dt>
            <dd><output aria-label="norm of projected w">{revealed ? formatReadout(Math.hypot(p1, p2)) : '?'}</output></dd>
          </div>
        </dl>
      </div>
    </div>
  );
}
