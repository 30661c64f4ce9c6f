import { LossSweepChart } from '../../../src/components/lesson/LossSweepChart';
import { NumberReadout } from '../../../src/components/lesson/NumberReadout';
import { crossEntropy, grid, marginScore, svmLoss, sweepTrueScore } from '../../../src/math/lessons/svmSoftmax';
import type { FigureProps } from '../types';
import { ScoreControls } from './ScoreControls';
import { CLASSES, TRUE_CLASS, type SvmSoftmaxState } from './state';

/** The cat-score axis: from below the lowest wrong score to past the margin, always including the cat's score. */
export function trueScoreDomain(s: SvmSoftmaxState): [number, number] {
  const others = s.scores.filter((_, j) => j !== TRUE_CLASS);
  const m = marginScore(s.scores, TRUE_CLASS, s.margin);
  const span = Math.max(10, Math.max(...others) - Math.min(...others) + s.margin);
  const sy = s.scores[TRUE_CLASS]!;
  return [Math.min(Math.min(...others) - span / 2, sy - 1), Math.max(m + span / 2, sy + 1)];
}

/** The wrong class with the highest score: the one the true class must clear by Δ last. */
export function strongestRival(scores: readonly number[]): number {
  let best = -1;
  scores.forEach((v, j) => {
    if (j !== TRUE_CLASS && (best < 0 || v > scores[best]!)) best = j;
  });
  return best;
}

/** Step 3: both losses as the true class's score rises, with the point where the margin is met. */
export function MarginFigure({ state, set, revealed, width }: FigureProps<SvmSoftmaxState>) {
  const domain = trueScoreDomain(state);
  const m = marginScore(state.scores, TRUE_CLASS, state.margin);
  const sweep = sweepTrueScore(state.scores, TRUE_CLASS, state.margin, grid(domain[0], domain[1], 241, [m]));
  const cat = CLASSES[TRUE_CLASS];
  return (
    <div>
      <ScoreControls state={state} set={set} classes={[TRUE_CLASS]} withMargin={false} />
      <LossSweepChart
        title={`SVM loss and cross-entropy against the ${cat} score`}
        series={[
          { label: 'SVM loss', points: sweep.map((p) => ({ x: p.x, y: p.svm })) },
          { label: 'cross-entropy', points: sweep.map((p) => ({ x: p.x, y: p.ce })) },
        ]}
        xDomain={domain}
        xLabel={`${cat} score s_${cat}`}
        yLabel="loss"
        at={state.scores[TRUE_CLASS]}
        atLabel={`${cat} now`}
        guides={[{ x: m, label: `${CLASSES[strongestRival(state.scores)]} + Δ` }]}
        showCurves={revealed}
        width={width}
      />
      <div className="lfig-readouts">
        <NumberReadout label="SVM loss" value={svmLoss(state.scores, TRUE_CLASS, state.margin)} shown={revealed} />
        <NumberReadout label="cross-entropy" value={crossEntropy(state.scores, TRUE_CLASS)} shown={revealed} />
        <NumberReadout label="score where the margin is met" value={m} />
      </div>
    </div>
  );
}
