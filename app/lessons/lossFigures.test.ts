import { describe, expect, it } from 'vitest';
import { getLoss } from '../../src/math/losses';
import { LESSONS } from './index';
import { figuresShowing, LOSS_FIGURES } from './lossFigures';

describe('LOSS_FIGURES', () => {
  it.each(LOSS_FIGURES.map((f) => [f.lesson, f] as const))('%s names a lesson by its own title and registered losses', (_, f) => {
    const lesson = LESSONS.find((l) => l.id === f.lesson);
    expect(lesson?.id).toBe(f.lesson);
    expect(f.title).toBe(lesson!.title);
    for (const id of f.losses) expect(getLoss(id)?.id).toBe(id);
  });

  it('links a loss to every lesson that lists it, and nothing to a loss no lesson shows', () => {
    expect(figuresShowing('softmax_ce').map((l) => l.href)).toEqual(['?view=lesson&id=svm-softmax', '?view=lesson&id=polynomials']);
    expect(figuresShowing('msle')).toEqual([]);
  });
});
