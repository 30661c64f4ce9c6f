import { lesson as estimate } from './estimate';
import { lesson as likelihood } from './likelihood';
import { lesson as softmax } from './softmax';
import type { AnyLesson } from './types';

/** Every lesson, in the order the index lists them. Adding a lesson is one import and one entry. */
export const LESSONS: readonly AnyLesson[] = [estimate, softmax, likelihood];
