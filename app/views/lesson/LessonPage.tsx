import { useEffect, useRef, useState } from 'react';
import { PlottedCurvesContext, usePlottedRegistry } from '../../../src/components/export/plottedCurves';
import { Formula } from '../../../src/components/formula/Formula';
import { useShown } from '../../embed/useShown';
import type { AnyLesson } from '../../lessons/types';
import { ExportMenu } from '../../export/ExportMenu';
import { useApp } from '../../state/store';
import { useElementWidth } from '../../useElementWidth';
import { PredictBlock } from './PredictBlock';
import { StepNav } from './StepNav';
import { useStepKeys } from './useStepKeys';

export interface LessonPageProps {
  readonly lesson: AnyLesson;
  readonly state: object;
}

/**
 * One lesson at its current step: the step's title, its figure (in a region of its own, so a presenter
 * layout can place it alone), the text, formulas, the predict-first question and the way to the next step.
 */
const noStep = () => {};

export function LessonPage({ lesson, state }: LessonPageProps) {
  const step = useApp((s) => s.lesson.step);
  const answer = useApp((s) => s.lesson.answers[s.lesson.step]);
  const goStep = useApp((s) => s.lesson.goStep);
  const setState = useApp((s) => s.lesson.setState);
  const give = useApp((s) => s.lesson.answer);
  const count = lesson.steps.length;
  const spec = lesson.steps[step - 1]!;
  const revealed = !spec.predict || answer !== undefined;
  const [figureRef, width] = useElementWidth<HTMLElement>(560);
  const [plotted, charts] = usePlottedRegistry();
  // In an embed the figure always shows; `controls=` adds the question, the text and the step navigation.
  const has = useShown();
  const embedded = useApp((s) => s.route.display.mode === 'embed');
  const showText = has('text');
  const showPredict = spec.predict !== undefined && has('predict');
  useStepKeys(step, count, has('steps') ? goStep : noStep);

  // A step change (not the first render) moves focus to the new heading and is announced.
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef(step);
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    if (shown.current === step) return;
    shown.current = step;
    heading.current?.focus();
    setAnnounced(`Step ${step} of ${count}: ${spec.title}`);
  }, [step, count, spec.title]);

  const Figure = spec.Figure;
  const open = spec.openIn?.(state);
  return (
    <article className="lesson" aria-labelledby="lesson-title">
      <header className="lesson-head">
        {!embedded && (
        <p className="lesson-crumb">
          <a href="?view=lessons">All lessons</a>
        </p>
        )}
        <h1 id="lesson-title">{lesson.title}</h1>
        {has('steps') && <StepNav step={step} count={count} go={goStep} />}
      </header>
      <h2 ref={heading} tabIndex={-1} className="lesson-step-title">
        {spec.title}
      </h2>
      <div className="lesson-stage">
        <section ref={figureRef} className="lesson-figure" aria-label={`Figure: ${spec.title}`}>
          <div className="lesson-figure-body">
            <PlottedCurvesContext.Provider value={plotted}>
              <Figure state={state} set={setState} revealed={revealed} width={width} />
            </PlottedCurvesContext.Provider>
          </div>
          <ExportMenu
            title={`Figure: ${spec.title}`}
            csv={charts > 0}
            request={(a) => ({ kind: 'figure', figure: a.parentElement?.querySelector('.lesson-figure-body'), plotted: plotted.all() })}
          />
        </section>
        {(showText || showPredict) && (
        <section className="lesson-text" aria-label="Explanation">
          {showText && <div className="lesson-body">{spec.body(state)}</div>}
          {showText && spec.formulas && (
            <div className="lesson-formulas">
              {spec.formulas(state).map((f) => (
                <figure key={f.label} className="lesson-formula">
                  <Formula tex={f.tex} label={f.label} />
                  <figcaption>{f.label}</figcaption>
                </figure>
              ))}
            </div>
          )}
          {showPredict && spec.predict && <PredictBlock key={step} predict={spec.predict} state={state} answer={answer} onAnswer={give} />}
          {showText && open && (
            <p className="lesson-open">
              <a href={open.href}>{open.label}</a>
            </p>
          )}
        </section>
        )}
      </div>
      <p id="lesson-announcer" className="sr-only" aria-live="polite">
        {announced}
      </p>
    </article>
  );
}
