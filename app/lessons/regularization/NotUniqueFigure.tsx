import { useMemo } from 'react';
import { CurvePanels, type PanelCurve } from '../../../src/components/charts/CurvePanels';
import { seriesColor } from '../../../src/components/charts/palette';
import { ParamSlider, clampToSpec } from '../../../src/components/controls/ParamSlider';
import { formatReadout } from '../../../src/components/readout/CurveReadout';
import { alongRay, zeroLossScale } from '../../../src/math/lessons/regularizationRay';
import type { FigureProps } from '../types';
import { LESSON_LAMBDA, SCALE, type RegState } from './state';
import './regularization.css';

const SAMPLES = 201;

/** Step 4: the hinge loss of c·d on separable data, flat at 0 past c₀, against the same plus λ‖w‖². */
export function NotUniqueFigure({ state, set, width }: FigureProps<RegState>) {
  const { lambda, scale } = state;
  const at = useMemo(() => alongRay(lambda), [lambda]);
  const curves = useMemo((): PanelCurve[] => {
    const x = Float64Array.from({ length: SAMPLES }, (_, i) => (SCALE.range[1] * i) / (SAMPLES - 1));
    const pts = Array.from(x, (c) => at(c));
    return [
      { id: 'data', label: 'hinge loss alone', color: seriesColor(0), x, value: Float64Array.from(pts, (p) => p.data), derivative: Float64Array.from(pts, (p) => p.dData) },
      {
        id: 'penalized', label: `hinge + λ‖w‖² (λ = ${formatReadout(lambda)})`, color: seriesColor(1), dashed: true, x,
        value: Float64Array.from(pts, (p) => p.penalized), derivative: Float64Array.from(pts, (p) => p.dPenalized),
      },
    ];
  }, [at, lambda]);
  const here = at(scale);
  return (
    <div className="reg-figure">
      <div className="reg-controls">
        <ParamSlider spec={LESSON_LAMBDA} value={lambda} onChange={(v) => set({ lambda: v })} />
      </div>
      <CurvePanels
        curves={curves}
        xLabel="scale c of w = c·d"
        xDomain={[SCALE.range[0], SCALE.range[1]]}
        cursorX={scale}
        onCursor={(v) => set({ scale: clampToSpec(SCALE, Math.round(v / SCALE.step) * SCALE.step) })}
        keyStep={SCALE.step}
        panels={{ derivative: false, weight: false }}
        width={width}
        height={Math.round(Math.min(280, Math.max(200, width * 0.42)))}
        title="Hinge loss along a separating direction"
      />
      <dl className="reg-readout">
        <div>
          <dt>hinge loss is exactly 0 from c =</dt>
          <dd><output aria-label="scale where the hinge loss reaches zero">{formatReadout(zeroLossScale())}</output></dd>
        </div>
        <div>
          <dt>hinge loss at c = {formatReadout(scale)}</dt>
          <dd><output aria-label="hinge loss at the cursor">{formatReadout(here.data)}</output></dd>
        </div>
        <div>
          <dt>with λ‖w‖²</dt>
          <dd><output aria-label="penalized loss at the cursor">{formatReadout(here.penalized)}</output></dd>
        </div>
      </dl>
    </div>
  );
}
