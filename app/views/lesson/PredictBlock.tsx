import { useEffect, useId, useRef, useState } from 'react';
import type { Predict } from '../../lessons/types';

export interface PredictBlockProps<S extends object> {
  readonly predict: Predict<S>;
  readonly state: S;
  /** The choice given, once answered; undefined while the question is open. */
  readonly answer: string | undefined;
  readonly onAnswer: (choice: string | undefined) => void;
}

/**
 * Predict first: the learner picks an answer and checks it; only then does the figure show what the
 * question asks about, and this block says whether the choice was right and why.
 */
export function PredictBlock<S extends object>({ predict, state, answer, onAnswer }: PredictBlockProps<S>) {
  const id = useId();
  const [choice, setChoice] = useState<string | undefined>(undefined);
  const [nudge, setNudge] = useState(false);
  const verdict = useRef<HTMLParagraphElement>(null);
  const wasOpen = useRef(answer === undefined);
  useEffect(() => {
    // Answering removes the button that had focus: focus goes to the verdict, which is then read out.
    if (answer !== undefined && wasOpen.current) verdict.current?.focus();
    wasOpen.current = answer === undefined;
  }, [answer]);
  const label = (c: string) => predict.choices.find((x) => x.id === c)?.label ?? c;

  if (answer !== undefined) {
    const right = predict.answer(state);
    return (
      <section className="predict predict-revealed" aria-labelledby={`${id}-h`}>
        <h3 id={`${id}-h`}>Predict first</h3>
        <p className="predict-question">{predict.question}</p>
        <p ref={verdict} tabIndex={-1} className={`predict-verdict ${answer === right ? 'is-right' : 'is-wrong'}`}>
          {answer === right ? `Right: ${label(answer)}.` : `Not quite: you chose “${label(answer)}”; the answer is “${label(right)}”.`}
        </p>
        <div className="predict-explain">{predict.explain(state)}</div>
        <button type="button" onClick={() => onAnswer(undefined)}>
          Ask me again
        </button>
      </section>
    );
  }
  return (
    <section className="predict" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Predict first</h3>
      <div role="radiogroup" aria-labelledby={`${id}-q`} className="predict-choices">
        <p id={`${id}-q`} className="predict-question">
          {predict.question}
        </p>
        {predict.choices.map((c) => (
          <label key={c.id} className="predict-choice">
            <input
              type="radio"
              name={`${id}-choice`}
              value={c.id}
              checked={choice === c.id}
              onChange={() => {
                setChoice(c.id);
                setNudge(false);
              }}
            />
            {c.label}
          </label>
        ))}
      </div>
      <button type="button" className="predict-check" onClick={() => (choice === undefined ? setNudge(true) : onAnswer(choice))}>
        Check my answer
      </button>
      {nudge && <p role="alert">Choose an answer first.</p>}
    </section>
  );
}
