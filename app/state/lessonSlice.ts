import type { AnyLesson } from '../lessons/types';

/**
 * The open lesson: which one, at which step, its state and the answers given. The lessons, and the code
 * that reads their links (lessonCodec.ts), live in a lazily loaded chunk, so an address read before that
 * chunk arrives waits in `pending`; the lesson view hands over a reader (`attach`) and the address is read
 * then, notices and all.
 */

/** One lesson opened at a step: what its link carries. */
export interface LessonLink {
  readonly id: string;
  /** Counted from 1, as in the link. */
  readonly step: number;
  /** The choice given to the current step's question; present means answered (and revealed). */
  readonly answer?: string;
  /** The lesson's own state, read through its `fields`. */
  readonly state: object;
}

/** An address read: the lesson and its link, or no lesson (then the notice says why). */
export interface LessonReading {
  readonly lesson?: AnyLesson;
  readonly link?: LessonLink;
  readonly notices: readonly string[];
}

/** Reads and writes lesson addresses; it comes with the lessons' chunk. */
export interface LessonReader {
  read(search: string): LessonReading;
  encode(lesson: AnyLesson, link: LessonLink): string;
}

export interface LessonSliceState {
  /** An address not read yet: the lessons' chunk has not loaded. */
  readonly pending?: string;
  readonly reader?: LessonReader;
  readonly lesson?: AnyLesson;
  /** Counted from 1. */
  readonly step: number;
  readonly state?: object;
  /** The choice given per step (from 1); the link carries the current step's. */
  readonly answers: Readonly<Record<number, string>>;
}

export interface LessonActions {
  /** Reads a lesson address (opening a link, back/forward): now if the reader is known, else once it is. */
  open: (search: string) => void;
  /** The lessons' chunk has loaded: reads the waiting address. */
  attach: (reader: LessonReader) => void;
  /** Goes to a step (from 1), held to the lesson's steps. */
  goStep: (step: number) => void;
  /** Changes part of the lesson's state. */
  setState: (patch: object) => void;
  /** Answers the current step's question, or (undefined) asks it again. */
  answer: (choice: string | undefined) => void;
}

export type LessonSlice = LessonSliceState & LessonActions;

/** What the slice needs of the rest of the app: its own state, a way to the lessons index, and notices. */
export interface LessonHost {
  set(patch: Partial<LessonSliceState>, toIndex?: boolean): void;
  get(): LessonSlice;
  linkNotices(texts: readonly string[]): void;
}

/** The link of the open lesson, if one is open. */
export function lessonLinkOf(s: LessonSliceState): LessonLink | undefined {
  if (!s.lesson || !s.state) return undefined;
  return { id: s.lesson.id, step: s.step, answer: s.answers[s.step], state: s.state };
}

export function createLessonSlice(host: LessonHost): LessonSlice {
  const read = (search: string, reader: LessonReader) => {
    const { lesson, link, notices } = reader.read(search);
    const cleared = { pending: undefined, reader, answers: {} };
    if (lesson && link) {
      host.set({ ...cleared, lesson, step: link.step, state: link.state, answers: link.answer === undefined ? {} : { [link.step]: link.answer } });
    } else host.set({ ...cleared, lesson: undefined, state: undefined }, true);
    host.linkNotices(notices);
  };
  return {
    step: 1,
    answers: {},
    open: (search) => {
      const { reader } = host.get();
      if (reader) read(search, reader);
      else host.set({ pending: search, lesson: undefined, state: undefined, answers: {} });
    },
    attach: (reader) => {
      const { pending } = host.get();
      if (pending === undefined) host.set({ reader });
      else read(pending, reader);
    },
    goStep: (step) => {
      const { lesson } = host.get();
      if (lesson) host.set({ step: Math.min(lesson.steps.length, Math.max(1, Math.round(step))) });
    },
    setState: (patch) => {
      const { state } = host.get();
      if (state) host.set({ state: { ...state, ...patch } });
    },
    answer: (choice) => {
      const { step, answers } = host.get();
      const next = { ...answers };
      if (choice === undefined) delete next[step];
      else next[step] = choice;
      host.set({ answers: next });
    },
  };
}
