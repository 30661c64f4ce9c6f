import { bernoulliNll, linearSquared, sigmoidSquared } from '../../../src/math/lessons/outputUnits';
import { sigmoid } from '../../../src/math/numerics';
import type { FigureProps } from '../types';
import { LabelChoice } from '../saturation/LabelChoice';
import { PairingFigure } from './PairingFigure';
import { Readouts } from './Readouts';
import { binary, type OutputUnitsState } from './state';

/** Sigmoid unit with the Bernoulli NLL, beside the same unit with squared error and a linear unit with squared error. */
export function BinaryFigure({ state, set, width }: FigureProps<OutputUnitsState>) {
  const { z } = state;
  const y = binary(state.y);
  return (
    <PairingFigure
      title="Sigmoid unit"
      xLabel="logit z"
      curveKey={String(y)}
      pairings={[
        { id: 'bernoulli', label: 'sigmoid + cross-entropy', f: (v) => bernoulliNll(v, y) },
        { id: 'sigmoid-se', label: 'sigmoid + squared error', f: (v) => sigmoidSquared(v, y), wrong: true },
        { id: 'linear-se', label: 'linear + squared error', f: (v) => linearSquared(v, y), wrong: true },
      ]}
      z={z}
      onZ={(v) => set({ z: v })}
      width={width}
      controls={<LabelChoice y={state.y} onChange={(v) => set({ y: v })} name="units-binary-y" />}
    >
      <Readouts
        caption="At the cursor"
        items={[
          { label: 'P(y = 1) = σ(z)', value: sigmoid(z) },
          { label: 'sigmoid + cross-entropy: dL/dz', value: bernoulliNll(z, y).grad },
          { label: 'sigmoid + squared error: dL/dz', value: sigmoidSquared(z, y).grad },
          { label: 'linear + squared error: dL/dz', value: linearSquared(z, y).grad },
        ]}
      />
    </PairingFigure>
  );
}
