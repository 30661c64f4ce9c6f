import type { AnyLesson } from './types';
import { lesson as saturation } from './saturation';
import { lesson as outputUnits } from './output-units';

/** Every lesson, in the order the index lists them. */
export const LESSONS: readonly AnyLesson[] = [saturation, outputUnits];
