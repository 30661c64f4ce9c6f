import { useLayoutEffect } from 'react';
import { LESSONS } from '../lessons';
import { lessonReader } from '../state/lessonCodec';
import { useApp } from '../state/store';
import { LessonPage } from './lesson/LessonPage';
import './lesson/lesson.css';

/**
 * The lesson route. Its chunk carries the lessons, so the address it was opened with is read here, once
 * they are known (with notices for whatever the link got wrong, or a move to the index for an unknown id).
 */
export default function LessonView() {
  const pending = useApp((s) => s.lesson.pending);
  const attach = useApp((s) => s.lesson.attach);
  const lesson = useApp((s) => s.lesson.lesson);
  const state = useApp((s) => s.lesson.state);
  useLayoutEffect(() => {
    if (pending !== undefined) attach(lessonReader(LESSONS));
  }, [pending, attach]);
  if (!lesson || !state) return <output className="status">Opening the lesson…</output>;
  return <LessonPage key={lesson.id} lesson={lesson} state={state} />;
}
