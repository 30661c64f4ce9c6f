import { ParamSlider } from '../../../src/components/controls/ParamSlider';
import { alongFirst, independentSigmoids, normalizedTarget, softmaxCrossEntropy } from '../../../src/math/lessons/outputUnits';
import { sigmoid, softmax, sum } from '../../../src/math/numerics';
import type { FigureProps } from '../types';
import { showNumber } from '../saturation/format';
import { PairingFigure, type Pairing } from './PairingFigure';
import { OTHER_LOGITS, binary, type OutputUnitsState } from './state';

/** The multi-label step's targets and logits, from the state. */
export function multiLabel(s: OutputUnitsState) {
  const y = s.labels.map(binary);
  return { y, q: normalizedTarget(y), z: [s.z, ...s.others] };
}

/**
 * Independent sigmoids with per-label logistic losses, beside a softmax trained on the labels spread
 * evenly (y/Σy), over the first label's logit. Until the prediction is answered the softmax is not drawn.
 */
export function MultiLabelFigure({ state, set, revealed, width }: FigureProps<OutputUnitsState>) {
  const { y, q, z } = multiLabel(state);
  const sig = independentSigmoids(z, y);
  const p = softmax(z);
  const pairings: Pairing[] = [
    { id: 'sigmoids', label: 'independent sigmoids + logistic losses', f: alongFirst((v) => independentSigmoids(v, y), state.others) },
    ...(revealed ? [{ id: 'softmax', label: 'softmax + cross-entropy on y/Σy', f: alongFirst((v) => softmaxCrossEntropy(v, q), state.others), wrong: true }] : []),
  ];
  const setLabel = (k: number, on: boolean) => set({ labels: state.labels.map((v, j) => (j === k ? (on ? 1 : 0) : v)) });
  return (
    <PairingFigure
      title="Multi-label output"
      xLabel="logit z₁ of label 1"
      curveKey={`${y.join()}:${state.others.join()}:${revealed}`}
      pairings={pairings}
      z={state.z}
      onZ={(v) => set({ z: v })}
      width={width}
      controls={
        <>
          <fieldset className="kind-picker units-labels">
            <legend>Labels present</legend>
            {y.map((v, k) => (
              <label key={k}>
                <input type="checkbox" checked={v === 1} onChange={(e) => setLabel(k, e.currentTarget.checked)} />
                label {k + 1}
              </label>
            ))}
          </fieldset>
          {OTHER_LOGITS.map((spec, i) => (
            <ParamSlider key={spec.name} spec={spec} value={state.others[i]!} onChange={(v) => set({ others: state.others.map((o, j) => (j === i ? v : o)) })} />
          ))}
        </>
      }
    >
      <table className="saturation-table">
        <caption>Per label at the cursor</caption>
        <thead>
          <tr>
            <th scope="col">label</th>
            <th scope="col">y</th>
            <th scope="col">z</th>
            <th scope="col">σ(z)</th>
            <th scope="col">logistic loss</th>
            {revealed && <th scope="col">softmax p</th>}
          </tr>
        </thead>
        <tbody>
          {z.map((zk, k) => (
            <tr key={k}>
              <th scope="row">{k + 1}</th>
              <td>{y[k]}</td>
              <td>{showNumber(zk)}</td>
              <td>{showNumber(sigmoid(zk))}</td>
              <td>{showNumber(sig.terms[k]!)}</td>
              {revealed && <td>{showNumber(p[k]!)}</td>}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              sum of the logistic losses{revealed && '; of the softmax probabilities'}
            </th>
            <td>
              <output aria-label="sum of the logistic losses">{showNumber(sig.value)}</output>
            </td>
            {revealed && (
              <td>
                <output aria-label="sum of the softmax probabilities">{showNumber(sum(p))}</output>
              </td>
            )}
          </tr>
        </tfoot>
      </table>
    </PairingFigure>
  );
}
