import type { AnyLesson } from './types';
import { lesson as kl } from './kl';
import { lesson as svmSoftmax } from './svm-softmax';

/** Every lesson, in the order the index lists them; the route and the index are derived from this list. */
export const LESSONS: readonly AnyLesson[] = [svmSoftmax, kl];
