import { lesson as polynomials } from './polynomials';
import { lesson as regularization } from './regularization';
import type { AnyLesson } from './types';

export const LESSONS: readonly AnyLesson[] = [polynomials, regularization];
