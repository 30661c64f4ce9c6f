/** The lessons' views share one chunk, with the lessons themselves. */
export { default as LessonsIndex } from './LessonsIndex';
export { default as LessonView } from './LessonView';
