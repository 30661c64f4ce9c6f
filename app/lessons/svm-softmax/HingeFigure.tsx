import { NumberReadout } from '../../../src/components/lesson/NumberReadout';
import { hingeTerms, svmLoss } from '../../../src/math/lessons/svmSoftmax';
import type { FigureProps } from '../types';
import { ScoreControls } from './ScoreControls';
import { CLASSES, TRUE_CLASS, type SvmSoftmaxState } from './state';

/** Step 1: each wrong class's hinge term max(0, s_j − s_y + Δ) and their sum, the SVM loss. */
export function HingeFigure({ state, set, revealed }: FigureProps<SvmSoftmaxState>) {
  const terms = hingeTerms(state.scores, TRUE_CLASS, state.margin);
  return (
    <div className="lfig-figure-row">
      <ScoreControls state={state} set={set} />
      <div>
        <table className="lfig-table">
          <caption>SVM terms for the true class {CLASSES[TRUE_CLASS]}</caption>
          <thead>
            <tr>
              <th scope="col">class</th>
              <th scope="col">s_j − s_y + Δ</th>
              <th scope="col">term max(0, ·)</th>
            </tr>
          </thead>
          <tbody>
            {terms.map((t) => (
              <tr key={t.j}>
                <th scope="row">{CLASSES[t.j]}</th>
                <td>
                  <NumberReadout label={`${CLASSES[t.j]} inside the margin by`} value={t.inside} shown={revealed} compact />
                </td>
                <td>
                  <NumberReadout label={`${CLASSES[t.j]} term`} value={t.term} shown={revealed} compact />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="lfig-readouts">
          <NumberReadout label="SVM loss" value={svmLoss(state.scores, TRUE_CLASS, state.margin)} shown={revealed} />
        </div>
      </div>
    </div>
  );
}
