import { describe, expect, it } from 'vitest';
import { decodeView } from '../state/urlCodec';
import type { AnyLesson } from './types';
import { lesson as kl } from './kl';
import { lesson as svmSoftmax } from './svm-softmax';

describe('svm-softmax and kl “open in the explorer” links', () => {
  for (const lesson of [svmSoftmax, kl] as readonly AnyLesson[]) {
    lesson.steps.forEach((step, i) => {
      const open = step.openIn?.(lesson.initial);
      if (!open) return;
      it(`${lesson.id} step ${i + 1} opens an explorer view the explorer reads without a notice`, () => {
        const url = new URL(open.href, 'http://localhost');
        expect(url.searchParams.get('view')).toBeNull();
        const { state, notices } = decodeView(url.search);
        expect(notices).toEqual([]);
        expect(state.ids.length).toBeGreaterThan(0);
      });
    });
  }
});
