import { LESSONS } from '../lessons';
import { lessonHref } from '../state/lessonCodec';
import './lesson/lesson.css';

/** Every lesson, with what it shows and the topics of the notes it covers. */
export default function LessonsIndex() {
  return (
    <section className="lessons-index" aria-labelledby="lessons-title">
      <h1 id="lessons-title">Lessons</h1>
      <p className="lessons-intro">The arguments of the notes, step by step: change the figure, predict what happens, then see.</p>
      <ol className="lessons-list">
        {LESSONS.map((l) => (
          <li key={l.id} className="lessons-item">
            <h2>
              <a href={lessonHref(l)}>{l.title}</a>
            </h2>
            <p>{l.summary}</p>
            <p className="lessons-topics">
              <span className="sr-only">Topics: </span>
              {l.topics.map((t) => (
                <span key={t} className="lessons-topic">
                  {t}
                </span>
              ))}
              <span className="lessons-steps">
                {l.steps.length} steps
              </span>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
