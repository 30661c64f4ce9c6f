import type { AnyLesson } from '../lessons/types';
import type { LessonReader, LessonReading } from './lessonSlice';
import { clampNoted, DISPLAY_KEYS, makeCodec, parseNumber, quote, type Codec, type LinkField } from './link';

/** Keys the lesson route reads itself; a lesson's own fields must not use them. */
export const RESERVED_KEYS: readonly string[] = ['v', 'view', 'id', 'step', 'answer', ...DISPLAY_KEYS];

export type { LessonLink } from './lessonSlice';
import type { LessonLink } from './lessonSlice';

/** The lesson's fields, reaching its state inside a LessonLink. */
function inState(f: LinkField<object>): LinkField<LessonLink> {
  return {
    keys: (s) => f.keys(s.state),
    legacy: f.legacy,
    read: (r, s) => ({ ...s, state: f.read(r, s.state) }),
    write: (s, out) => f.write(s.state, out),
    flags: f.flags,
  };
}

function frameFields(lesson: AnyLesson): LinkField<LessonLink>[] {
  const n = lesson.steps.length;
  const id: LinkField<LessonLink> = { keys: () => ['id'], read: (_r, s) => s, write: (_s, out) => out.set('id', lesson.id) };
  const step: LinkField<LessonLink> = {
    keys: () => ['step'],
    read(r, s) {
      const raw = r.one('step');
      if (raw === null) return s;
      const v = parseNumber(raw);
      if (v === undefined) {
        r.note(`step = ${quote(raw)} is not a step number; showing step 1.`);
        return s;
      }
      return { ...s, step: clampNoted(r, 'step', v, { range: [1, n], integer: true }) };
    },
    write: (s, out) => out.set('step', String(s.step)),
  };
  const answer: LinkField<LessonLink> = {
    keys: () => ['answer'],
    read(r, s) {
      const raw = r.one('answer');
      if (raw === null) return s;
      const predict = lesson.steps[s.step - 1]?.predict;
      if (!predict) {
        r.note(`Step ${s.step} asks no question; answer = ${quote(raw)} ignored.`);
        return s;
      }
      const ids = predict.choices.map((c) => c.id);
      if (!ids.includes(raw)) {
        r.note(`answer = ${quote(raw)} is not one of ${ids.join(', ')}; the question is open again.`);
        return s;
      }
      return { ...s, answer: raw };
    },
    write: (s, out) => {
      if (s.answer !== undefined) out.set('answer', s.answer);
    },
  };
  return [id, step, answer];
}

const codecs = new WeakMap<AnyLesson, Codec<LessonLink>>();

/**
 * The codec of one lesson's links: `id`, `step` (clamped to the lesson's steps), `answer` (one of the
 * step's choices), then the lesson's own fields, in order. Built once per lesson.
 */
export function lessonCodec(lesson: AnyLesson): Codec<LessonLink> {
  let c = codecs.get(lesson);
  if (!c) {
    c = makeCodec<LessonLink>('lesson', [...frameFields(lesson), ...lesson.fields.map(inState)], () => ({
      id: lesson.id,
      step: 1,
      state: lesson.initial as object,
    }));
    codecs.set(lesson, c);
  }
  return c;
}

/** The address of `lesson` at `step` (from 1) with its initial state, for the index and for tests. */
export function lessonHref(lesson: AnyLesson, step = 1): string {
  return lessonCodec(lesson).encode({ id: lesson.id, step, state: lesson.initial as object });
}

/** Which lesson a link names, or the notice that says why none. */
export function findLesson(search: string, lessons: readonly AnyLesson[]): { lesson?: AnyLesson; notice?: string } {
  const id = new URLSearchParams(search).get('id');
  if (id === null) return { notice: 'The link names no lesson; here are all the lessons.' };
  const lesson = lessons.find((l) => l.id === id);
  return lesson ? { lesson } : { notice: `There is no lesson ${quote(id)}; here are all the lessons.` };
}

/** Reads a lesson address: the lesson and its link with notices, or (no such lesson) the notice alone. */
export function readLessonLink(search: string, lessons: readonly AnyLesson[]): LessonReading {
  const { lesson, notice } = findLesson(search, lessons);
  if (!lesson) return { notices: [notice!] };
  const { state: link, notices } = lessonCodec(lesson).decode(search);
  return { lesson, link, notices };
}

/** What the lesson slice reads and writes lesson addresses with, once the lessons have loaded. */
export function lessonReader(lessons: readonly AnyLesson[]): LessonReader {
  return {
    read: (search) => readLessonLink(search, lessons),
    encode: (lesson, link) => lessonCodec(lesson).encode(link),
  };
}
