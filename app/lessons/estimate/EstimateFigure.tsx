import { scaleLinear } from 'd3-scale';
import { useMemo, type ComponentType } from 'react';
import { ParamSlider } from '../../../src/components/controls/ParamSlider';
import { median, optimum, type EstimateKind } from '../../../src/math/lessons/estimate';
import type { FigureProps } from '../types';
import { EstimateTable } from './EstimateTable';
import { DOMAIN, MAX_POINTS, OUTLIER_AT } from './kinds';
import { MeanLossCurve } from './MeanLossCurve';
import { SampleStrip } from './SampleStrip';
import { DELTA_SPEC, GUESS_SPEC, TAU_SPEC, type EstimateState } from './state';
import '../../../src/components/charts/charts.css';
import './estimate.css';

const LEFT = 48;

/**
 * The lesson's figure for some of its losses: the draggable sample with each loss's best constant marked
 * on it, each loss's mean-loss curve with its lowest point, the sliders the losses need, and a table of
 * the optima beside the statistics they estimate. While the question is open the optima are hidden.
 */
export function estimateFigure(kinds: readonly EstimateKind[]): ComponentType<FigureProps<EstimateState>> {
  return function EstimateFigure({ state, set, revealed, width }: FigureProps<EstimateState>) {
    const { ys, tau, delta, c } = state;
    const params = useMemo(() => ({ tau, delta }), [tau, delta]);
    const cols = kinds.length > 1 && width >= 560 ? 2 : 1;
    const curveWidth = Math.max(220, Math.floor(width / cols) - 8);
    const stripX = useMemo(() => scaleLinear().domain(DOMAIN).range([0, Math.max(200, width - LEFT - 16)]), [width]);
    const curveX = useMemo(() => scaleLinear().domain(DOMAIN).range([0, curveWidth - LEFT - 16]), [curveWidth]);
    const optima = useMemo(() => kinds.map((kind) => ({ kind, optimum: optimum(kind, ys, params) })), [ys, params]);
    const setYs = (next: readonly number[]) => set({ ys: next });
    const addAt = (v: number) => setYs([...ys, v]);

    return (
      <div className="estimate-figure">
        <ParamSlider spec={GUESS_SPEC} value={c} onChange={(v) => set({ c: v })} />
        <div className="estimate-tools" role="toolbar" aria-label="Sample">
          <button type="button" disabled={ys.length >= MAX_POINTS} onClick={() => addAt(Math.round(median(ys) * 100) / 100)}>
            Add a point
          </button>
          <button type="button" disabled={ys.length >= MAX_POINTS} onClick={() => addAt(OUTLIER_AT)}>
            Add an outlier
          </button>
          <button type="button" disabled={ys.length <= 1} onClick={() => setYs(ys.slice(0, -1))}>
            Remove the last point
          </button>
          <span className="estimate-count">
            n = <output aria-label="sample size">{ys.length}</output>
          </span>
        </div>
        <SampleStrip ys={ys} onChange={setYs} x={stripX} optima={revealed ? optima : []} guess={c} left={LEFT} />
        <div className="estimate-sliders">
          {kinds.includes('quantile') && <ParamSlider spec={TAU_SPEC} value={tau} onChange={(v) => set({ tau: v })} />}
          {kinds.includes('huber') && <ParamSlider spec={DELTA_SPEC} value={delta} onChange={(v) => set({ delta: v })} />}
        </div>
        {revealed ? (
          <>
            <div className="estimate-curves" style={{ gridTemplateColumns: `repeat(${cols}, 1fr)` }}>
              {optima.map(({ kind, optimum: o }) => (
                <MeanLossCurve key={kind} kind={kind} ys={ys} params={params} optimum={o} guess={c} x={curveX} left={LEFT} height={kinds.length > 2 ? 150 : 200} />
              ))}
            </div>
            <EstimateTable ys={ys} params={params} guess={c} optima={optima} />
          </>
        ) : (
          <p className="estimate-hidden">Answer the question to see the curves and where each is lowest.</p>
        )}
      </div>
    );
  };
}
