import { lesson as softmax } from './softmax';
import { lesson as svmSoftmax } from './svm-softmax';
import { lesson as kl } from './kl';
import type { AnyLesson } from './types';

/** Every lesson, in the order the index lists them. Adding a lesson is one import and one entry. */
export const LESSONS: readonly AnyLesson[] = [softmax, svmSoftmax, kl];
