import { ParamSlider } from '../../../src/components/controls/ParamSlider';
import { ProbabilityBarChart } from '../../../src/components/lesson/ProbabilityBarChart';
import { softmax } from '../../../src/math/numerics';
import {
  allFinite,
  argmax,
  logSumExpGap,
  maxAbsDiff,
  naiveSoftmax,
  probabilitySum,
  scaledSoftmax,
  shiftAll,
  shiftedSoftmax,
  softMaximum,
} from '../../../src/math/lessons/softmax';
import { logSoftmax } from '../../../src/math/numerics';
import type { FigureProps } from '../types';
import { show } from './format';
import { ScoreEditor } from './ScoreEditor';
import { BETA_SPEC, C_SPEC, OVERFLOW_EXAMPLE, type SoftmaxState } from './state';
import { ValueTable } from './ValueTable';
import './softmax.css';

type Props = FigureProps<SoftmaxState>;

const classes = (z: readonly number[]) => z.map((_, i) => `class ${i + 1}`);
const HIDDEN = '?';

/** A labelled number the e2e tests and screen readers can find by name. */
function Readout({ label, value }: { label: string; value: string }) {
  return (
    <p className="softmax-readout">
      <span>{label}</span> <output aria-label={label}>{value}</output>
    </p>
  );
}

/** Step 1: scores in, probabilities out, and their sum (hidden until the learner has predicted it). */
export function ProbabilitiesFigure({ state, set, revealed, width }: Props) {
  const p = softmax(state.z);
  return (
    <div className="softmax-figure">
      <ProbabilityBarChart labels={classes(state.z)} values={p} title="softmax(z)" width={width - 26} />
      <Readout label="Sum of the probabilities" value={revealed ? String(probabilitySum(p)) : HIDDEN} />
      <ScoreEditor z={state.z} onChange={(z) => set({ z })} />
    </div>
  );
}

/** Step 2: softmax(z + c) drawn over softmax(z) (dashed), and the largest difference. */
export function ShiftFigure({ state, set, revealed, width }: Props) {
  const p = softmax(state.z);
  const q = shiftedSoftmax(shiftAll(state.z, state.c)).probs;
  return (
    <div className="softmax-figure">
      <ProbabilityBarChart labels={classes(state.z)} values={q} ghost={p} title="softmax(z + c), dashed: softmax(z)" width={width - 26} hidden={!revealed} />
      <Readout label="Largest change |softmax(z + c) − softmax(z)|" value={revealed ? show(maxAbsDiff(q, p)) : HIDDEN} />
      <ParamSlider spec={C_SPEC} value={state.c} onChange={(c) => set({ c })} />
      <ScoreEditor z={state.z} onChange={(z) => set({ z })} />
    </div>
  );
}

/** Step 3: softmax(βz): the same order, sharper or flatter, and the soft maximum beside max z. */
export function ScaleFigure({ state, set, revealed, width }: Props) {
  const p = scaledSoftmax(state.z, state.beta);
  return (
    <div className="softmax-figure">
      <ProbabilityBarChart labels={classes(state.z)} values={p} title="softmax(βz)" width={width - 26} hidden={!revealed} />
      <Readout label="Soft maximum softmax(βz)ᵀz" value={revealed ? show(softMaximum(state.z, state.beta)) : HIDDEN} />
      <Readout label="Largest score max z" value={show(Math.max(...state.z))} />
      <Readout label="Top class" value={revealed ? `class ${argmax(p) + 1}` : HIDDEN} />
      <ParamSlider spec={BETA_SPEC} value={state.beta} onChange={(beta) => set({ beta })} />
      <ScoreEditor z={state.z} onChange={(z) => set({ z })} />
    </div>
  );
}

/** Step 4: the textbook formula against the max-shifted one, number by number. */
export function OverflowFigure({ state, set, revealed }: Props) {
  const naive = naiveSoftmax(state.z);
  const shifted = shiftedSoftmax(state.z);
  const hide = (cells: readonly number[]) => cells.map((v) => (revealed ? show(v, 4) : HIDDEN));
  const isExample = state.z.length === OVERFLOW_EXAMPLE.length && state.z.every((v, i) => v === OVERFLOW_EXAMPLE[i]);
  return (
    <div className="softmax-figure">
      <p>
        <button type="button" disabled={isExample} onClick={() => set({ z: OVERFLOW_EXAMPLE })}>
          Use the scores {OVERFLOW_EXAMPLE.join(', ')}
        </button>
      </p>
      <ValueTable
        caption="Naive: exp(z) / Σ exp(z)"
        rows={classes(state.z)}
        columns={[
          { header: 'z', cells: state.z.map((v) => show(v)) },
          { header: 'exp(z)', cells: hide(naive.exps), total: revealed ? show(naive.total, 4) : HIDDEN },
          { header: 'p', cells: hide(naive.probs), total: revealed ? show(probabilitySum(naive.probs), 4) : HIDDEN },
        ]}
      />
      <ValueTable
        caption="Shifted: exp(z − max z) / Σ exp(z − max z)"
        rows={classes(state.z)}
        columns={[
          { header: 'z − max z', cells: shifted.exponents.map((v) => show(v)) },
          { header: 'exp(z − max z)', cells: shifted.exps.map((v) => show(v, 4)), total: show(shifted.total, 4) },
          { header: 'p', cells: shifted.probs.map((v) => show(v, 4)), total: show(probabilitySum(shifted.probs), 4) },
        ]}
      />
      <Readout label="Naive result finite" value={revealed ? (allFinite(naive) ? 'yes' : 'no') : HIDDEN} />
      <ScoreEditor z={state.z} onChange={(z) => set({ z })} />
    </div>
  );
}

/** Step 5: log softmax as z − log Σ exp z, next to z − max z. */
export function LogSoftmaxFigure({ state, set }: Props) {
  const m = Math.max(...state.z);
  return (
    <div className="softmax-figure">
      <ValueTable
        caption="log softmax(z) and its approximation z − max z"
        rows={classes(state.z)}
        columns={[
          { header: 'z', cells: state.z.map((v) => show(v)) },
          { header: 'log softmax(z)', cells: logSoftmax(state.z).map((v) => show(v)) },
          { header: 'z − max z', cells: state.z.map((v) => show(v - m)) },
        ]}
      />
      <Readout label="log Σ exp z − max z" value={show(logSumExpGap(state.z))} />
      <Readout label="Upper bound log n" value={show(Math.log(state.z.length))} />
      <ScoreEditor z={state.z} onChange={(z) => set({ z })} />
    </div>
  );
}
