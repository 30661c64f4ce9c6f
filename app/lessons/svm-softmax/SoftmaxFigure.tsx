import { NumberReadout } from '../../../src/components/lesson/NumberReadout';
import { crossEntropy, softmaxProbabilities, svmLoss } from '../../../src/math/lessons/svmSoftmax';
import type { FigureProps } from '../types';
import { ScoreControls } from './ScoreControls';
import { CLASSES, TRUE_CLASS, type SvmSoftmaxState } from './state';

/** Step 2: the softmax probabilities of the same scores, cross-entropy beside the SVM loss. */
export function SoftmaxFigure({ state, set }: FigureProps<SvmSoftmaxState>) {
  const p = softmaxProbabilities(state.scores);
  return (
    <div className="lfig-figure-row">
      <ScoreControls state={state} set={set} />
      <div>
        <table className="lfig-table">
          <caption>Softmax of the scores</caption>
          <thead>
            <tr>
              <th scope="col">class</th>
              <th scope="col">p_j</th>
            </tr>
          </thead>
          <tbody>
            {p.map((pj, j) => (
              <tr key={CLASSES[j]}>
                <th scope="row">{CLASSES[j]}</th>
                <td>
                  <NumberReadout label={`p(${CLASSES[j]})`} value={pj} compact />
                  <div className="lfig-pbar" style={{ width: `${100 * pj}%` }} aria-hidden="true" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="lfig-readouts">
          <NumberReadout label="cross-entropy" value={crossEntropy(state.scores, TRUE_CLASS)} />
          <NumberReadout label="SVM loss" value={svmLoss(state.scores, TRUE_CLASS, state.margin)} />
        </div>
      </div>
    </div>
  );
}
