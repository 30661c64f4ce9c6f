import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { linkReader } from '../../state/link';
import { lesson } from './index';
import type { EstimateState } from './state';

const readLink = (search: string) => {
  const r = linkReader(search);
  const s = lesson.fields.reduce<EstimateState>((acc, f) => f.read(r, acc), lesson.initial);
  return { s, notices: r.notices };
};

describe('the estimate lesson', () => {
  it('round-trips its whole state through the link', () => {
    const s: EstimateState = { ys: [-1.5, 0, 2.25, 11.5], tau: 0.25, delta: 2.5, c: 3.25 };
    const out = new URLSearchParams();
    for (const f of lesson.fields) f.write(s, out);
    expect(readLink(`?v=2&${out}`).s).toEqual(s);
  });

  it('clamps a point outside the axis and ignores a list that is not numbers, with notices', () => {
    const clamped = readLink('?v=2&y=1,99');
    expect(clamped.s.ys).toEqual([1, 12]);
    expect(clamped.notices.length).toBe(1);
    const bad = readLink('?v=2&y=1,x');
    expect(bad.s.ys).toEqual(lesson.initial.ys);
    expect(bad.notices.length).toBe(1);
  });

  it('hides the optima while the question is open and shows them once answered', () => {
    const step = lesson.steps[0]!;
    const props = { state: lesson.initial, set: () => {}, width: 800 };
    const closed = renderToStaticMarkup(createElement(step.Figure, { ...props, revealed: false }));
    expect(closed).not.toContain('MSE optimum');
    expect(closed).toContain('role="slider"');
    const open = renderToStaticMarkup(createElement(step.Figure, { ...props, revealed: true }));
    expect(open).toMatch(/aria-label="MSE optimum" data-value="2.785714285714/);
  });

  it('the answers follow the state: the pinball optimum against the median', () => {
    const q = lesson.steps[2]!.predict!;
    expect(q.answer({ ...lesson.initial, tau: 0.9 })).toBe('higher');
    expect(q.answer({ ...lesson.initial, tau: 0.1 })).toBe('lower');
    expect(q.answer({ ...lesson.initial, tau: 0.5 })).toBe('same');
  });
});
