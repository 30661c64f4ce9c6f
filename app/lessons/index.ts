import { lesson as polynomials } from './polynomials';
import type { AnyLesson } from './types';

export const LESSONS: readonly AnyLesson[] = [polynomials];
