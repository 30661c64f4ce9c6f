import { ParamSlider } from '../../../src/components/controls/ParamSlider';
import { LossSweepChart } from '../../../src/components/lesson/LossSweepChart';
import { NumberReadout } from '../../../src/components/lesson/NumberReadout';
import {
  crossEntropy,
  grid,
  marginMet,
  marginScore,
  scaleKinks,
  scaleScores,
  svmLoss,
  sweepScale,
} from '../../../src/math/lessons/svmSoftmax';
import type { FigureProps } from '../types';
import { CLASSES, SCALE_SPEC, TRUE_CLASS, withScore, type SvmSoftmaxState } from './state';

/** Step 4: both losses as every score is multiplied by k; the SVM loss stops at 0, cross-entropy keeps falling. */
export function ScaleFigure({ state, set, width }: FigureProps<SvmSoftmaxState>) {
  const kinks = scaleKinks(state.scores, TRUE_CLASS, state.margin);
  const sweep = sweepScale(state.scores, TRUE_CLASS, state.margin, grid(SCALE_SPEC.range[0], SCALE_SPEC.range[1], 201, kinks));
  const scaled = scaleScores(state.scores, state.scale);
  const met = marginMet(scaled, TRUE_CLASS, state.margin);
  // All terms are 0 from the largest corner on, when the true class leads every other class.
  const zeroFrom = kinks.length === state.scores.length - 1 ? Math.max(...kinks) : undefined;
  const cat = CLASSES[TRUE_CLASS];
  return (
    <div>
      <ParamSlider spec={SCALE_SPEC} value={state.scale} onChange={(scale) => set({ scale })} />
      <button
        type="button"
        className="lfig-button"
        onClick={() => set(withScore(state, TRUE_CLASS, marginScore(state.scores, TRUE_CLASS, state.margin) + state.margin))}
      >
        Give the {cat} a lead of 2Δ
      </button>
      <LossSweepChart
        title="SVM loss and cross-entropy against the scale factor k"
        series={[
          { label: 'SVM loss', points: sweep.map((p) => ({ x: p.x, y: p.svm })) },
          { label: 'cross-entropy', points: sweep.map((p) => ({ x: p.x, y: p.ce })) },
        ]}
        xDomain={SCALE_SPEC.range}
        xLabel="scale factor k (scores k·s)"
        yLabel="loss"
        at={state.scale}
        atLabel="k now"
        guides={zeroFrom === undefined ? [] : [{ x: zeroFrom, label: 'SVM loss 0 from here' }]}
        showCurves
        width={width}
      />
      <div className="lfig-readouts">
        <NumberReadout label="SVM loss at k" value={svmLoss(scaled, TRUE_CLASS, state.margin)} />
        <NumberReadout label="cross-entropy at k" value={crossEntropy(scaled, TRUE_CLASS)} />
        <span className="lfig-readout">
          <span className="lfig-readout-label" aria-hidden="true">margin met at k</span>
          <output aria-label="margin met at k">{met ? 'yes' : 'no'}</output>
        </span>
      </div>
    </div>
  );
}
