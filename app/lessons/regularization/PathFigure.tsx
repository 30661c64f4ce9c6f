import { useId, useMemo } from 'react';
import { CurvePanels, type PanelCurve } from '../../../src/components/charts/CurvePanels';
import { seriesColor } from '../../../src/components/charts/palette';
import { ParamSlider, clampToSpec } from '../../../src/components/controls/ParamSlider';
import { formatReadout } from '../../../src/components/readout/CurveReadout';
import { exactZeros, fitPenalized, regularizationPath } from '../../../src/math/lessons/regularization';
import type { FigureProps } from '../types';
import { DATA, FEATURES, PATH_LAMBDAS, PENALTY_NAME, penaltyOf } from './data';
import { L1_RATIO, LESSON_LAMBDA, REGS, type RegState } from './state';
import { WeightTable } from './WeightTable';
import './regularization.css';

const LOG_X = PATH_LAMBDAS.map(Math.log10);
const sig3 = (v: number) => Number(v.toPrecision(3));

/** Step 2: every weight along the λ path of one penalty; the chart's cursor is log₁₀ λ. */
export function PathFigure({ state, set, width }: FigureProps<RegState>) {
  const { reg, lambda, l1_ratio } = state;
  const name = useId();
  const curves = useMemo((): PanelCurve[] => {
    const path = regularizationPath(DATA, { kind: reg, l1Ratio: l1_ratio }, PATH_LAMBDAS);
    const x = Float64Array.from(LOG_X);
    return FEATURES.map((f, k) => ({
      id: f,
      label: `weight of ${f}`,
      color: seriesColor(k),
      x,
      value: Float64Array.from(path, (w) => w[k]!),
      derivative: new Float64Array(x.length),
    }));
  }, [reg, l1_ratio]);
  const w = useMemo(() => fitPenalized(DATA, penaltyOf(reg, { lambda, l1_ratio })), [reg, lambda, l1_ratio]);
  const label = PENALTY_NAME[reg];
  return (
    <div className="reg-figure">
      <div className="reg-controls">
        <fieldset className="reg-choice">
          <legend>Penalty</legend>
          {REGS.map((k) => (
            <label key={k}>
              <input type="radio" name={name} checked={reg === k} onChange={() => set({ reg: k })} /> {PENALTY_NAME[k]}
            </label>
          ))}
        </fieldset>
        <ParamSlider spec={LESSON_LAMBDA} value={lambda} onChange={(v) => set({ lambda: v })} />
        {reg === 'elastic_net' && <ParamSlider spec={L1_RATIO} value={l1_ratio} onChange={(v) => set({ l1_ratio: v })} />}
      </div>
      <CurvePanels
        curves={curves}
        xLabel="log10 λ"
        yLabel="weight"
        xDomain={[LOG_X[0]!, LOG_X.at(-1)!]}
        cursorX={Math.log10(lambda)}
        onCursor={(v) => set({ lambda: clampToSpec(LESSON_LAMBDA, sig3(10 ** v)) })}
        keyStep={0.05}
        panels={{ derivative: false, weight: false }}
        width={width}
        height={Math.round(Math.min(280, Math.max(200, width * 0.42)))}
        title={`Weights along the ${label} path`}
      />
      <div className="reg-extra">
        <dl className="reg-readout">
          <div>
            <dt>λ</dt>
            <dd>
              <output aria-label="lambda">{formatReadout(lambda)}</output>
            </dd>
          </div>
          <div>
            <dt>exact zeros</dt>
            <dd>
              <output aria-label="exact zeros at this lambda">{exactZeros(w)}</output> of {FEATURES.length}
            </dd>
          </div>
        </dl>
        <WeightTable features={FEATURES} series={[{ id: reg, label, color: seriesColor(0), values: w }]} />
      </div>
    </div>
  );
}
