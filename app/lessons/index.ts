import { lesson as boxes } from './boxes';
import { lesson as ctc } from './ctc';
import { lesson as estimate } from './estimate';
import { lesson as kl } from './kl';
import { lesson as likelihood } from './likelihood';
import { lesson as metric } from './metric';
import { lesson as outputUnits } from './output-units';
import { lesson as polynomials } from './polynomials';
import { lesson as regularization } from './regularization';
import { lesson as saturation } from './saturation';
import { lesson as softmax } from './softmax';
import { lesson as svmSoftmax } from './svm-softmax';
import type { AnyLesson } from './types';

/** Every lesson, in the order the index lists them. Adding a lesson is one import and one entry. */
export const LESSONS: readonly AnyLesson[] = [
  estimate, saturation, softmax, svmSoftmax, kl, likelihood, outputUnits, polynomials, metric, regularization, boxes, ctc,
];
