import { useMemo } from 'react';
import { CurvePanels, type PanelCurve } from '../../../src/components/charts/CurvePanels';
import { seriesColor } from '../../../src/components/charts/palette';
import { ParamSlider } from '../../../src/components/controls/ParamSlider';
import {
  CONFIDENTLY_WRONG, GRID, GRID_DOMAIN, linearMse, sample, sigmoidCe, sigmoidMse, trueLabelProbability,
} from '../../../src/math/lessons/saturation';
import { sigmoid } from '../../../src/math/numerics';
import type { FigureProps } from '../types';
import { CursorGradients } from './CursorGradients';
import { GradientTable } from './GradientTable';
import { LabelChoice } from './LabelChoice';
import { showNumber } from './format';
import { Z, label, snapZ, type SaturationState } from './state';

/** The three binary pairings the step compares; their labels name them everywhere (legend, table, readouts). */
export const BINARY_CURVES = [
  { id: 'sigmoid-mse', label: 'sigmoid + squared error', f: sigmoidMse },
  { id: 'sigmoid-ce', label: 'sigmoid + cross-entropy', f: sigmoidCe },
  { id: 'linear-mse', label: 'linear + squared error', f: linearMse, dashed: true },
] as const;

/**
 * Loss and dL/dz over the logit for a sigmoid unit with squared error and with cross-entropy, and a
 * linear unit with squared error. Before the prediction is answered only σ(z) is drawn.
 */
export function SigmoidFigure({ state, set, revealed, width }: FigureProps<SaturationState>) {
  const y = label(state);
  const curves = useMemo<PanelCurve[]>(
    () =>
      BINARY_CURVES.map((c, i) => {
        const s = sample((z) => c.f(z, y));
        return { id: c.id, label: c.label, color: seriesColor(i), x: GRID, value: s.value, derivative: s.grad, dashed: 'dashed' in c };
      }),
    [y],
  );
  const probability = useMemo<PanelCurve[]>(() => {
    const p = GRID.map(sigmoid);
    return [{ id: 'sigmoid', label: 'σ(z), the probability of y = 1', color: seriesColor(4), x: GRID, value: p, derivative: p.map((v) => v * (1 - v)) }];
  }, []);
  const drawn = useMemo(() => (state.linear === 'show' ? curves : curves.filter((c) => c.id !== 'linear-mse')), [curves, state.linear]);
  const pTrue = trueLabelProbability(state.z, y);
  const wrong = pTrue < CONFIDENTLY_WRONG ? `confidently wrong: P(y = ${y}) = ${showNumber(pTrue)}` : undefined;
  const onCursor = (z: number) => set({ z: snapZ(z) });

  return (
    <div className="saturation-figure">
      <div className="saturation-controls">
        <ParamSlider spec={Z} value={state.z} onChange={onCursor} />
        <LabelChoice y={state.y} onChange={(v) => set({ y: v })} name="saturation-sigmoid-y" />
        <label className="saturation-check">
          <input type="checkbox" checked={state.linear === 'show'} onChange={(e) => set({ linear: e.currentTarget.checked ? 'show' : 'hide' })} />
          Draw the linear unit too
        </label>
      </div>
      {revealed ? (
        <>
          <CurvePanels
            curves={drawn}
            xLabel="logit z"
            xDomain={GRID_DOMAIN}
            cursorX={state.z}
            onCursor={onCursor}
            panels={{ derivative: true, weight: false }}
            width={width}
            title="Binary output units"
            height={Math.round(Math.min(260, width * 0.38))}
          />
          <CursorGradients z={state.z} note={wrong} rows={BINARY_CURVES.map((c) => ({ id: c.id, label: c.label, grad: c.f(state.z, y).grad }))} />
          <GradientTable caption="dL/dz at the chart's samples" curves={curves.map((c) => ({ id: c.id, label: c.label, grad: c.derivative }))} />
        </>
      ) : (
        <>
          <CurvePanels
            curves={probability}
            xLabel="logit z"
            xDomain={GRID_DOMAIN}
            cursorX={state.z}
            onCursor={onCursor}
            panels={{ derivative: false, weight: false }}
            width={width}
            title="The sigmoid unit"
            height={Math.round(Math.min(260, width * 0.38))}
          />
          <p className="muted">Answer the question to see the losses and their gradients.{wrong && ` At the cursor: ${wrong}.`}</p>
        </>
      )}
    </div>
  );
}
