import type { ComponentType, ReactNode } from 'react';
import type { LinkField } from '../state/link';

/**
 * A lesson is data: its steps, the state a learner can change (all of it in the link, through `fields`),
 * and the figure components its steps draw. The lesson index and the lesson route are derived from
 * LESSONS (app/lessons/index.ts); adding a lesson is one folder and one line there.
 */
export interface LessonSpec<S extends object> {
  /** Short and stable: it is the link's `id` (`/?view=lesson&id=softmax&step=2`). */
  readonly id: string;
  readonly title: string;
  /** One line on what the lesson shows, for the index. */
  readonly summary: string;
  /** The notes' topics it covers, for the index ("KL divergence", "entropy"). */
  readonly topics: readonly string[];
  /** The state a lesson opens with. */
  readonly initial: S;
  /**
   * Every setting a learner can change, as link fields (app/state/link.ts: numberField, choiceField,
   * numberListField, or a LinkField of its own). Keys must not be `v`, `view`, `id`, `step` or `answer`.
   */
  readonly fields: readonly LinkField<S>[];
  readonly steps: readonly LessonStep<S>[];
}

export interface LessonStep<S extends object> {
  readonly title: string;
  /** A few sentences of our own, written from the state where numbers appear (every number from src/math). */
  readonly body: (s: S) => ReactNode;
  /** TeX formulas that follow the controls; typeset with the app's Formula component. */
  readonly formulas?: (s: S) => readonly LessonFormula[];
  /** The step's one interactive figure, built from the app's components; it gets the state and a setter. */
  readonly Figure: ComponentType<FigureProps<S>>;
  /** A predict-first question: the learner commits to an answer before the figure shows it. */
  readonly predict?: Predict<S>;
  /** "Open this in the explorer / surface view": a relative address with this step's exact state. */
  readonly openIn?: (s: S) => { readonly label: string; readonly href: string };
}

export interface LessonFormula {
  /** What the formula is, for screen readers and as its caption. */
  readonly label: string;
  readonly tex: string;
}

export interface FigureProps<S extends object> {
  readonly state: S;
  /** Changes part of the lesson's state (the link follows). */
  readonly set: (patch: Partial<S>) => void;
  /**
   * False while the step's predict-first question is unanswered: the figure then hides what the question
   * asks about (the curve, the optimum, the value) and shows the rest. True when answered or when the step
   * has no question.
   */
  readonly revealed: boolean;
  /** Width available to the figure, CSS px. */
  readonly width: number;
}

export interface Predict<S extends object> {
  readonly question: string;
  readonly choices: readonly { readonly id: string; readonly label: string }[];
  /** The right choice's id for the current state (computed with src/math, never hard-coded when it depends on state). */
  answer(s: S): string;
  /** Shown after the learner answers: why that is the answer. */
  explain(s: S): ReactNode;
}

/** A lesson of any state type, as the registry holds it. */
// oxlint-disable-next-line typescript/no-explicit-any -- the registry holds lessons of different state types
export type AnyLesson = LessonSpec<any>;
