import { useCallback, useEffect, useMemo, useState } from 'react';
import { fitAt, type ScatterFitSpec } from '../../src/components/data/ScatterFit';
import { useSurface, surfaceOf } from '../state/surfaceStore';
import { useShown } from '../embed/useShown';
import { ErrorBoundary } from '../ErrorBoundary';
import { useElementWidth } from '../useElementWidth';
import { BackendBadge } from './surface/BackendBadge';
import { AXIS_TITLES } from './surface/controlSpecs';
import { DescentPanel } from './surface/DescentPanel';
import { reportFrame, reportStatus } from './surface/badgeStore';
import { createSurfaceEngine, type SurfaceEngine } from './surface/engine';
import { LossPairPanel } from './surface/LossPairPanel';
import { ObjectiveFormula } from './surface/ObjectiveFormula';
import { ProblemPanel } from './surface/ProblemPanel';
import { RegularizationPanel } from './surface/RegularizationPanel';
import { SurfaceCard } from './surface/SurfaceCard';
import { useDescent } from './surface/useDescent';
import { useInteracting } from './surface/useInteracting';
import { requestFor, useProblem } from './surface/useProblem';
import { evaluatorFor } from './surface/useSurfaceMarks';
import { useSurfaceLossesVersion } from './surface/useSurfaceLosses';
import { useShallow } from 'zustand/react/shallow';

/** Grid sizes: coarse while a drag changes the surfaces, full otherwise. */
const COARSE = 48;
const FULL = 128;

/** Loss surfaces over a 2-parameter model's weights on editable data, on the GPU when there is one. */
export default function SurfaceView() {
  const s = useSurface(useShallow(surfaceOf));
  const set = useSurface((st) => st.set);
  const problem = useProblem(s);
  const [moving, touch] = useInteracting();
  // One engine per mounted view; dispose() only ends its worker, which it recreates if used again.
  const [engine] = useState<SurfaceEngine>(() => createSurfaceEngine(reportStatus));
  useEffect(() => () => engine.dispose(), [engine]);

  // A typed loss keeps its id while its formula changes: a new formula makes new requests.
  const lossesVersion = useSurfaceLossesVersion();
  const [full, coarse] = useMemo(
    () =>
      [FULL, COARSE].map((size) => (problem.problem ? [] : s.losses.map((id) => requestFor(problem, id, s.values[id] ?? {}, size)))),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- lossesVersion stands for the typed formulas the requests name
    [problem, s.losses, s.values, lossesVersion],
  );
  // While something moves, the coarse grid, unless the surfaces themselves do not change (the weights
  // point or a descent start is dragged): then the full-grid picture stays, sharp, and nothing is redrawn.
  const [restFull, setRestFull] = useState(full);
  if (!moving && restFull !== full) setRestFull(full);
  const reqs = moving && full !== restFull ? coarse! : full!;
  const evaluators = useMemo(() => reqs.map(evaluatorFor), [reqs]);
  const run = useDescent(s, s.kind, evaluators);
  const onPoint = useCallback(
    (p: readonly [number, number], phase: 'drag' | 'end') => {
      set({ point: p });
      touch(phase);
    },
    [set, touch],
  );
  const onPick = useCallback((p: readonly [number, number]) => set({ start: p, point: p }), [set]);
  const slide = useCallback(() => touch('drag'), [touch]);

  const [side, sideWidth] = useElementWidth<HTMLDivElement>(320);
  const panelWidth = Math.max(200, sideWidth - 26);
  const [uLabel, vLabel] = AXIS_TITLES[s.kind];
  const [pu, pv] = s.point;
  // Points that cannot make a surface have no model over them: no line or boundary beside them.
  const fit = useMemo<ScatterFitSpec>(
    () => (problem.problem ? { kind: 'none' } : fitAt(s.kind, pu, pv, problem.slice?.slice)),
    [s.kind, pu, pv, problem.slice, problem.problem],
  );
  // The typeset objective shows λ and ρ: it is redrawn once a drag settles; the surfaces follow every move.
  const [formulaState, setFormulaState] = useState(s);
  if (!moving && formulaState !== s) setFormulaState(s);
  // In an embed, each part is on screen only when `controls=` names it (app/embed/controls.ts).
  const shown = useShown();

  return (
    <div className="surface-view">
      <div className="surface-head">
        <h1>Loss surfaces over the weights</h1>
        <BackendBadge />
      </div>
      <div className="surface-layout">
        <div ref={side} className="surface-side">
          {(shown('model') || shown('data')) && (
          <ErrorBoundary what="the data panel">
            <ProblemPanel dataset={problem.dataset} width={panelWidth} fit={fit} onEdit={touch} />
          </ErrorBoundary>
          )}
          <LossPairPanel onSlide={slide} />
        </div>
        <div className="surface-main">
          {problem.problem && <p className="surface-problem" role="alert">{problem.problem}</p>}
          {problem.slice && (
            <p className="muted">
              Slice through the 9 weights of the classifier: origin {problem.slice.origin}; direction 1 {problem.slice.d1};
              direction 2 {problem.slice.d2}.
            </p>
          )}
          <div className="surface-grid">
            {(reqs.length ? reqs : [undefined]).map((req, i) => (
              <ErrorBoundary key={s.losses[i] ?? i} what={`the ${i === 0 ? 'left' : 'right'} surface`}>
                <SurfaceCard
                  engine={engine}
                  req={req}
                  dataProblem={problem.problem}
                  uLabel={uLabel}
                  vLabel={vLabel}
                  point={s.point}
                  onPoint={onPoint}
                  onPick={onPick}
                  colorScale={s.colorScale}
                  atRest={!moving}
                  descent={run.runs[i]}
                  shownSteps={run.shown}
                  onComputed={reportFrame}
                  at={evaluators[i] ?? evaluatorFor(undefined)}
                />
              </ErrorBoundary>
            ))}
          </div>
          {shown('color') && (
          <fieldset className="kind-picker">
            <legend>Colour scale</legend>
            {(['linear', 'log'] as const).map((c) => (
              <label key={c}>
                <input type="radio" name="color-scale" checked={s.colorScale === c} onChange={() => set({ colorScale: c })} />
                {c === 'linear' ? 'Linear' : 'Log'}
              </label>
            ))}
          </fieldset>
          )}
          {shown('formula') && (
          <section className="surface-panel" aria-labelledby="objective-title">
            <h2 id="objective-title">Objective</h2>
            {formulaState.losses.map((id) => <ObjectiveFormula key={id} s={formulaState} lossId={id} />)}
          </section>
          )}
        </div>
        <div className="surface-side">
          <RegularizationPanel onSlide={slide} />
          <DescentPanel run={run} width={panelWidth} />
        </div>
      </div>
    </div>
  );
}
