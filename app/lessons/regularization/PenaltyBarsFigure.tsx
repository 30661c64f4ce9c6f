import { useMemo } from 'react';
import { seriesColor } from '../../../src/components/charts/palette';
import { ParamSlider } from '../../../src/components/controls/ParamSlider';
import { RegWeightBars, type WeightSeries } from '../../../src/components/lesson/RegWeightBars';
import { formatReadout } from '../../../src/components/readout/CurveReadout';
import { exactZeros, fitPenalized, lambdaAllZero } from '../../../src/math/lessons/regularization';
import type { FigureProps } from '../types';
import { DATA, FEATURES, PENALTY_NAME, WEIGHT_DOMAIN, penaltyOf } from './data';
import { L1_RATIO, LESSON_LAMBDA, REGS, type RegState } from './state';
import { WeightTable } from './WeightTable';
import './regularization.css';

/** Step 1: the weights at one λ under L1, elastic net and L2 side by side, with their exact zeros counted. */
export function PenaltyBarsFigure({ state, set, revealed, width }: FigureProps<RegState>) {
  const { lambda, l1_ratio } = state;
  const series = useMemo(
    (): WeightSeries[] =>
      REGS.map((kind, i) => ({
        id: kind,
        label: kind === 'elastic_net' ? `elastic net (ρ = ${formatReadout(l1_ratio)})` : PENALTY_NAME[kind],
        color: seriesColor(i),
        values: fitPenalized(DATA, penaltyOf(kind, { lambda, l1_ratio })),
      })),
    [lambda, l1_ratio],
  );
  return (
    <div className="reg-figure">
      <div className="reg-controls">
        <ParamSlider spec={LESSON_LAMBDA} value={lambda} onChange={(v) => set({ lambda: v })} />
        <ParamSlider spec={L1_RATIO} value={l1_ratio} onChange={(v) => set({ l1_ratio: v })} />
      </div>
      <div>
        {revealed ? (
          <RegWeightBars
            features={FEATURES}
            series={series}
            yDomain={WEIGHT_DOMAIN}
            width={width}
            height={Math.round(Math.min(280, Math.max(200, width * 0.42)))}
            title={`Weights of six correlated features at λ = ${formatReadout(lambda)} under L1, elastic net and L2`}
          />
        ) : (
          <p className="reg-hidden">The weights appear once you have answered the question.</p>
        )}
        <ul className="legend" aria-label="Penalties">
          {series.map((s) => (
            <li key={s.id}>
              <span className="swatch" style={{ background: s.color }} aria-hidden="true" />
              {s.label}
            </li>
          ))}
        </ul>
      </div>
      <div className="reg-extra">
        <dl className="reg-readout">
          {series.map((s) => (
            <div key={s.id}>
              <dt>exact zeros, {s.label}</dt>
              <dd>
                <output aria-label={`exact zeros under ${PENALTY_NAME[s.id as keyof typeof PENALTY_NAME]}`}>
                  {revealed ? exactZeros(s.values) : '?'}
                </output>{' '}
                of {FEATURES.length}
              </dd>
            </div>
          ))}
          <div>
            <dt>every L1 weight is 0 from λ =</dt>
            <dd>
              <output aria-label="lambda where L1 zeroes every weight">{formatReadout(lambdaAllZero(DATA, { kind: 'l1', l1Ratio: 1 }))}</output>
            </dd>
          </div>
        </dl>
        {revealed && <WeightTable features={FEATURES} series={series} />}
      </div>
    </div>
  );
}
