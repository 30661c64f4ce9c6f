import { ParamSlider } from '../../../src/components/controls/ParamSlider';
import { alongFirst, independentSigmoids, oneHot, softmaxCrossEntropy } from '../../../src/math/lessons/outputUnits';
import { sigmoid, softmax, sum } from '../../../src/math/numerics';
import type { FigureProps } from '../types';
import { PairingFigure } from './PairingFigure';
import { Readouts } from './Readouts';
import { CLASSES, type OutputUnitsState } from './state';

/** Softmax with the categorical NLL, beside one sigmoid per class (one-vs-rest), over the true class's logit. */
export function CategoricalFigure({ state, set, width }: FigureProps<OutputUnitsState>) {
  const K = state.classes;
  const rest = Array.from({ length: K - 1 }, () => 0);
  const target = oneHot(0, K);
  const bits = target.map((v) => (v === 1 ? 1 : 0) as 0 | 1);
  const logits = [state.z, ...rest];
  return (
    <PairingFigure
      title="Softmax unit"
      xLabel="true-class logit z (the others at 0)"
      curveKey={String(K)}
      pairings={[
        { id: 'categorical', label: 'softmax + cross-entropy', f: alongFirst((z) => softmaxCrossEntropy(z, target), rest) },
        { id: 'one-vs-rest', label: 'a sigmoid per class + logistic losses', f: alongFirst((z) => independentSigmoids(z, bits), rest), wrong: true },
      ]}
      z={state.z}
      onZ={(v) => set({ z: v })}
      width={width}
      controls={<ParamSlider spec={CLASSES} value={K} onChange={(v) => set({ classes: v })} />}
    >
      <Readouts
        caption="At the cursor"
        items={[
          { label: 'softmax: probability of the true class', value: softmax(logits)[0]! },
          { label: 'softmax: sum of the probabilities', value: sum(softmax(logits)) },
          { label: 'sigmoids: sum of the probabilities', value: sum(logits.map(sigmoid)) },
        ]}
      />
    </PairingFigure>
  );
}
