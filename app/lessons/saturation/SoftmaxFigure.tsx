import { useMemo } from 'react';
import { CurvePanels, type PanelCurve } from '../../../src/components/charts/CurvePanels';
import { seriesColor } from '../../../src/components/charts/palette';
import { ParamSlider } from '../../../src/components/controls/ParamSlider';
import {
  CONFIDENTLY_WRONG, GRID, GRID_DOMAIN, sample, softmaxAlongTrue, softmaxCe, softmaxMse, trueClassLogits,
} from '../../../src/math/lessons/saturation';
import { softmax } from '../../../src/math/numerics';
import type { FigureProps } from '../types';
import { CursorGradients } from './CursorGradients';
import { GradientTable } from './GradientTable';
import { showNumber } from './format';
import { CLASSES, Z, snapZ, type SaturationState } from './state';

export const SOFTMAX_CURVES = [
  { id: 'softmax-mse', label: 'softmax + squared error', loss: softmaxMse },
  { id: 'softmax-ce', label: 'softmax + cross-entropy', loss: softmaxCe },
] as const;

/** Loss and dL/dz_true over the true class's logit, the other K − 1 logits at 0. */
export function SoftmaxFigure({ state, set, width }: FigureProps<SaturationState>) {
  const K = state.classes;
  const curves = useMemo<PanelCurve[]>(
    () =>
      SOFTMAX_CURVES.map((c, i) => {
        const s = sample(softmaxAlongTrue(c.loss, K));
        return { id: c.id, label: c.label, color: seriesColor(i), x: GRID, value: s.value, derivative: s.grad };
      }),
    [K],
  );
  const logits = trueClassLogits(state.z, K);
  const pTrue = softmax(logits)[0]!;
  const wrong = pTrue < CONFIDENTLY_WRONG ? `confidently wrong: p(true class) = ${showNumber(pTrue)}` : undefined;

  return (
    <div className="saturation-figure">
      <div className="saturation-controls">
        <ParamSlider spec={CLASSES} value={K} onChange={(v) => set({ classes: v })} />
        <ParamSlider spec={Z} value={state.z} onChange={(v) => set({ z: snapZ(v) })} />
      </div>
      <CurvePanels
        curves={curves}
        xLabel="true-class logit z"
        xDomain={GRID_DOMAIN}
        cursorX={state.z}
        onCursor={(z) => set({ z: snapZ(z) })}
        panels={{ derivative: true, weight: false }}
        width={width}
        title="Softmax output units"
        height={Math.round(Math.min(260, width * 0.38))}
      />
      <CursorGradients
        z={state.z}
        note={wrong}
        rows={SOFTMAX_CURVES.map((c) => ({ id: c.id, label: c.label, grad: c.loss(logits, 0).grad[0]! }))}
      />
      <GradientTable
        caption={`dL/dz of the true class at the chart's samples (K = ${K})`}
        curves={curves.map((c) => ({ id: c.id, label: c.label, grad: c.derivative }))}
      />
    </div>
  );
}
