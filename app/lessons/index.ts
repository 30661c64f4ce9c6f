import type { AnyLesson } from './types';
import { lesson as estimate } from './estimate';
import { lesson as likelihood } from './likelihood';

/** Every lesson, in the order the index lists them. Adding a lesson is one import and one entry. */
export const LESSONS: readonly AnyLesson[] = [estimate, likelihood];
