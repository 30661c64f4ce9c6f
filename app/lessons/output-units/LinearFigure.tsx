import { ParamSlider } from '../../../src/components/controls/ParamSlider';
import { gaussianConstant, gaussianNll, linearSquared, sigmoidSquared } from '../../../src/math/lessons/outputUnits';
import { sigmoid } from '../../../src/math/numerics';
import type { FigureProps } from '../types';
import { PairingFigure } from './PairingFigure';
import { Readouts } from './Readouts';
import { SIGMA, TARGET, type OutputUnitsState } from './state';

/** Linear unit with the Gaussian NLL, beside a sigmoid output trained with squared error on the same target. */
export function LinearFigure({ state, set, width }: FigureProps<OutputUnitsState>) {
  const { z, target: y, sigma } = state;
  const nll = gaussianNll(z, y, sigma);
  return (
    <PairingFigure
      title="Linear unit"
      xLabel="logit z (the linear unit outputs ŷ = z)"
      curveKey={`${y}:${sigma}`}
      pairings={[
        { id: 'gaussian', label: 'linear + Gaussian NLL', f: (v) => gaussianNll(v, y, sigma) },
        { id: 'sigmoid-se', label: 'sigmoid + squared error', f: (v) => sigmoidSquared(v, y), wrong: true },
      ]}
      z={z}
      onZ={(v) => set({ z: v })}
      width={width}
      controls={
        <>
          <ParamSlider spec={TARGET} value={y} onChange={(v) => set({ target: v })} />
          <ParamSlider spec={SIGMA} value={sigma} onChange={(v) => set({ sigma: v })} />
        </>
      }
    >
      <Readouts
        caption="At the cursor"
        items={[
          { label: 'Gaussian NLL', value: nll.value },
          { label: 'squared error (z − y)²/(2σ²)', value: linearSquared(z, y).value / (sigma * sigma) },
          { label: 'NLL minus squared error', value: nll.value - linearSquared(z, y).value / (sigma * sigma) },
          { label: 'log σ + ½ log 2π', value: gaussianConstant(sigma) },
          { label: 'sigmoid output σ(z)', value: sigmoid(z) },
          { label: 'sigmoid + squared error: dL/dz', value: sigmoidSquared(z, y).grad },
        ]}
      />
    </PairingFigure>
  );
}
