import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { makeCodec } from '../../state/link';
import { lesson } from './index';
import type { SvmSoftmaxState } from './state';

const render = (step: number, state: SvmSoftmaxState, revealed: boolean) =>
  renderToStaticMarkup(createElement(lesson.steps[step]!.Figure, { state, set: () => {}, revealed, width: 720 }));

/** The value of the <output> with accessible name `label`. */
function readout(html: string, label: string): number | undefined {
  const m = new RegExp(`<output aria-label="${label.replace(/[()]/g, '\\$&')}" data-value="([^"]+)"`).exec(html);
  return m ? Number(m[1]) : undefined;
}

describe('svm-softmax lesson figures', () => {
  it('shows the notes’ terms and total on step 1 once answered, and hides them before', () => {
    const shown = render(0, lesson.initial, true);
    expect(readout(shown, 'car term')).toBeCloseTo(535.7, 9);
    expect(readout(shown, 'frog term')).toBeCloseTo(159.75, 9);
    expect(readout(shown, 'SVM loss')).toBeCloseTo(695.45, 9);
    expect(shown).toContain('>695.45<');
    const hidden = render(0, lesson.initial, false);
    expect(readout(hidden, 'SVM loss')).toBeUndefined();
    expect(hidden).not.toContain('695.45');
  });

  it('draws every step without NaN in a path', () => {
    lesson.steps.forEach((_, i) => {
      const html = render(i, { ...lesson.initial, scores: [439.9, 437.9, 61.95], scale: 3 }, true);
      expect(html).not.toMatch(/NaN|Infinity/);
    });
  });

  it('answers step 1’s question from the terms (the car, for the notes’ scores)', () => {
    const q = lesson.steps[0]!.predict!;
    expect(q.answer(lesson.initial)).toBe('car');
    expect(q.answer({ ...lesson.initial, scores: [0, 5, 5] })).toBe('same');
    expect(q.answer({ ...lesson.initial, scores: [0, -5, 5] })).toBe('frog');
  });

  it('round-trips its state through the link fields', () => {
    const codec = makeCodec<SvmSoftmaxState>('lesson', lesson.fields, () => lesson.initial);
    const s: SvmSoftmaxState = { scores: [12.5, -3, 0.25], margin: 2, scale: 3.5 };
    expect(codec.decode(codec.encode(s)).state).toEqual(s);
    const bad = codec.decode('?scores=1,2&margin=9');
    expect(bad.state.scores).toEqual(lesson.initial.scores);
    expect(bad.state.margin).toBe(3);
    expect(bad.notices.length).toBe(2);
  });
});
