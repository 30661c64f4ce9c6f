import { getLoss } from '../../src/math/losses';
import type { ViewName } from '../state/view';

/** What the presenter bar calls the view on screen (a lesson's title and step are shown apart). */
export function presentTitle(view: ViewName, lossIds: readonly string[], lessonTitle: string | undefined): string {
  switch (view) {
    case 'explorer':
      return lossIds.map((id) => getLoss(id)?.title ?? id).join(' vs ') || 'Loss curves';
    case 'surface':
      return 'Loss surfaces';
    case 'lessons':
      return 'Lessons';
    case 'lesson':
      return lessonTitle ?? 'Lesson';
    case 'gpu-check':
      return 'GPU check';
  }
}
