import { describe, expect, it } from 'vitest';
import { surfaceCodec } from '../state/surfaceCodec';
import { decodeView } from '../state/urlCodec';
import { LESSONS } from './index';

/** Every step's "open this in …" link, read by the view it names: it must open without a notice. */
describe('lessons’ “open this in the explorer / surface view” links', () => {
  for (const lesson of LESSONS) {
    lesson.steps.forEach((step, i) => {
      const open = step.openIn?.(lesson.initial);
      if (!open) return;
      it(`${lesson.id} step ${i + 1} opens a view that reads its link without a notice`, () => {
        const url = new URL(open.href, 'http://localhost');
        const view = url.searchParams.get('view');
        expect(view === null || view === 'surface', `a view the lessons link into, not ${view}`).toBe(true);
        const { notices } = view === 'surface' ? surfaceCodec.decode(url.search) : decodeView(url.search);
        expect(notices).toEqual([]);
      });
    });
  }
});
