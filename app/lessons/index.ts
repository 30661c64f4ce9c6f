import { lesson as outputUnits } from './output-units';
import { lesson as polynomials } from './polynomials';
import { lesson as regularization } from './regularization';
import { lesson as saturation } from './saturation';
import { lesson as softmax } from './softmax';
import type { AnyLesson } from './types';

/** Every lesson, in the order the index lists them. Adding a lesson is one import and one entry. */
export const LESSONS: readonly AnyLesson[] = [saturation, softmax, outputUnits, polynomials, regularization];
