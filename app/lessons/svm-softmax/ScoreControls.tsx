import { ParamSlider } from '../../../src/components/controls/ParamSlider';
import { MARGIN_SPEC, SCORE_SPECS, withScore, type SvmSoftmaxState } from './state';

interface ScoreControlsProps {
  readonly state: SvmSoftmaxState;
  readonly set: (patch: Partial<SvmSoftmaxState>) => void;
  /** Which class scores get a slider (all by default). */
  readonly classes?: readonly number[];
  readonly withMargin?: boolean;
}

/** Sliders (each with a number box) for the class scores and, optionally, the margin Δ. */
export function ScoreControls({ state, set, classes = SCORE_SPECS.map((_, j) => j), withMargin = true }: ScoreControlsProps) {
  return (
    <div className="lfig-controls">
      {classes.map((j) => (
        <ParamSlider key={j} spec={SCORE_SPECS[j]!} value={state.scores[j]!} onChange={(v) => set(withScore(state, j, v))} />
      ))}
      {withMargin && <ParamSlider spec={MARGIN_SPEC} value={state.margin} onChange={(margin) => set({ margin })} />}
    </div>
  );
}
