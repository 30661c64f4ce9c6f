import { useMemo } from 'react';
import { ParamSlider } from '../../../src/components/controls/ParamSlider';
import { NumberReadout } from '../../../src/components/lesson/NumberReadout';
import { collapse } from '../../../src/math/ctcLattice';
import { alignmentCount, BLANK, ctcPicture, descend, minFrames, resizeFrames, spell } from '../../../src/math/lessons/ctc';
import type { FigureProps } from '../types';
import { HeatLegend } from './HeatLegend';
import { Lattice } from './Lattice';
import { LogitTable } from './LogitTable';
import { GradientTable, PosteriorTable } from './NumberTables';
import { FRAMES, TARGETS, type CtcState, type CtcTarget } from './state';
import '../../../src/components/lesson/lessonFigures.css';
import './ctc.css';

type Props = FigureProps<CtcState>;

/** Step size of the figure's gradient-descent button. */
export const DESCENT_RATE = 3;

/** The picture for the state; recomputed only when the target or the logits change. */
function usePicture(s: CtcState) {
  return useMemo(() => ctcPicture(s.target, s.z), [s.target, s.z]);
}

/** A labelled text value (a path, a word) the tests and screen readers find by name. */
function TextReadout({ label, value, shown = true }: { label: string; value: string; shown?: boolean }) {
  return (
    <span className="lfig-readout">
      <span className="lfig-readout-label" aria-hidden="true">
        {label}
      </span>
      <output aria-label={label} className={shown ? undefined : 'lfig-hidden'}>
        {shown ? value : '?'}
      </output>
    </span>
  );
}

/** The target word and the number of frames. */
function SequenceControls({ state, set }: Pick<Props, 'state' | 'set'>) {
  return (
    <div className="ctc-controls">
      <label className="ctc-target">
        Target{' '}
        <select value={state.target} onChange={(e) => set({ target: e.currentTarget.value as CtcTarget })}>
          {TARGETS.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <ParamSlider spec={FRAMES} value={state.frames} onChange={(frames) => set({ frames, z: resizeFrames(state.z, frames) })} />
    </div>
  );
}

const latticeWidth = (width: number) => Math.max(240, width - 26);

/** Step 1: the most likely path through the lattice, the word it spells, and all alignments together. */
export function AlignmentFigure({ state, set, revealed, width }: Props) {
  const pic = usePicture(state);
  return (
    <div className="ctc-figure">
      <Lattice picture={pic} width={latticeWidth(width)} heatmap={false} path moves={false} />
      <div className="lfig-readouts">
        <TextReadout label="Most likely alignment" value={spell(pic.path.symbols)} />
        <TextReadout label="It collapses to" value={spell(collapse(pic.path.symbols, BLANK), '')} shown={revealed} />
        <NumberReadout label="Probability of that alignment" value={Math.exp(pic.path.logProb)} />
        <NumberReadout label="p(target), all alignments" value={pic.p} />
        <NumberReadout label="Number of alignments" value={alignmentCount(pic.target, state.frames)} />
      </div>
      <SequenceControls state={state} set={set} />
      <LogitTable z={state.z} onChange={(z) => set({ z })} />
    </div>
  );
}

/** Step 2: the allowed moves (hidden until the question is answered) and the fewest frames the target needs. */
export function MovesFigure({ state, set, revealed, width }: Props) {
  const pic = usePicture(state);
  return (
    <div className="ctc-figure">
      <Lattice picture={pic} width={latticeWidth(width)} heatmap={false} path={false} moves={revealed} />
      <div className="lfig-readouts">
        <NumberReadout label="Fewest frames for this target" value={minFrames(pic.target)} shown={revealed} />
        <NumberReadout label="Number of alignments" value={alignmentCount(pic.target, state.frames)} />
      </div>
      <SequenceControls state={state} set={set} />
    </div>
  );
}

/** Step 3: the forward-backward posteriors as a heatmap, with the path, p(target) and the loss. */
export function PosteriorFigure({ state, set, revealed, width }: Props) {
  const pic = usePicture(state);
  const sums = pic.gamma.map((col) => col.reduce((a, b) => a + b, 0));
  return (
    <div className="ctc-figure">
      <Lattice picture={pic} width={latticeWidth(width)} heatmap path moves={false} />
      <HeatLegend />
      <div className="lfig-readouts">
        <NumberReadout label="p(target)" value={pic.p} />
        <NumberReadout label="CTC loss" value={pic.loss} />
        <TextReadout label="Column sums, frame by frame" value={sums.map((v) => String(Number(v.toPrecision(6)))).join(', ')} shown={revealed} />
      </div>
      <PosteriorTable picture={pic} />
      <LogitTable z={state.z} onChange={(z) => set({ z })} />
    </div>
  );
}

/** Step 4: the gradient of every logit (hidden until answered) and a gradient-descent step to take. */
export function GradientFigure({ state, set, revealed, width }: Props) {
  const pic = usePicture(state);
  return (
    <div className="ctc-figure">
      <Lattice picture={pic} width={latticeWidth(width)} heatmap path moves={false} />
      <HeatLegend />
      <div className="lfig-readouts">
        <NumberReadout label="CTC loss" value={pic.loss} />
        <NumberReadout label="p(target)" value={pic.p} />
      </div>
      <p>
        <button type="button" className="lfig-button" onClick={() => set({ z: descend(state.z, pic.grad, DESCENT_RATE) })}>
          Take a gradient-descent step
        </button>
      </p>
      <GradientTable picture={pic} revealed={revealed} />
      <LogitTable z={state.z} onChange={(z) => set({ z })} />
    </div>
  );
}
