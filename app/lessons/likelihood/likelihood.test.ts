import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { linkReader } from '../../state/link';
import { lesson } from './index';
import type { LikelihoodState } from './state';

describe('the likelihood lesson', () => {
  it('round-trips its whole state through the link', () => {
    const s: LikelihoodState = {
      ys: [-1, 0.25, 5.5],
      c: 2.35,
      sigma: 0.4,
      b: 2,
      ones: 3,
      zeros: 9,
      p: 0.27,
      counts: [1, 4, 2, 7],
      lambda: 0.05,
      prior: 'laplace',
      s: 1.5,
      w: -0.8,
    };
    const out = new URLSearchParams();
    for (const f of lesson.fields) f.write(s, out);
    const r = linkReader(`?v=2&${out}`);
    expect(lesson.fields.reduce<LikelihoodState>((acc, f) => f.read(r, acc), lesson.initial)).toEqual(s);
    expect(r.notices).toEqual([]);
  });

  it('no field uses a key the lesson route reserves', () => {
    const keys = lesson.fields.flatMap((f) => f.keys(lesson.initial));
    for (const k of ['v', 'view', 'id', 'step', 'answer']) expect(keys).not.toContain(k);
  });

  it('every step renders, hiding its answer while the question is open', () => {
    lesson.steps.forEach((step, i) => {
      const props = { state: lesson.initial, set: () => {}, width: 800 };
      const open = renderToStaticMarkup(createElement(step.Figure, { ...props, revealed: true }));
      const closed = renderToStaticMarkup(createElement(step.Figure, { ...props, revealed: false }));
      expect(closed, `step ${i + 1}`).not.toEqual(open);
      expect(closed).toContain('Answer the question');
    });
  });

  it('the categorical step reveals fitted probabilities equal to the frequencies 5/10, 3/10, 2/10', () => {
    const html = renderToStaticMarkup(createElement(lesson.steps[3]!.Figure, { state: lesson.initial, set: () => {}, width: 800, revealed: true }));
    for (const [k, f] of [[1, 0.5], [2, 0.3], [3, 0.2]] as const) {
      const m = html.match(new RegExp(`aria-label="fitted p of class ${k}" data-value="([^"]+)"`));
      expect(Math.abs(Number(m![1]) - f)).toBeLessThan(1e-12);
    }
  });
});
