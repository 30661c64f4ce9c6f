import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { sigmoid } from '../../../src/math/numerics';
import { makeCodec } from '../../state/link';
import { showNumber, texNumber } from './format';
import { lesson } from './index';
import { FIELDS, INITIAL, type SaturationState } from './state';

const noop = () => {};
const figure = (step: number, state: SaturationState, revealed: boolean) =>
  renderToStaticMarkup(createElement(lesson.steps[step]!.Figure, { state, set: noop, revealed, width: 800 }));

describe('saturation lesson', () => {
  it('renders every step, revealed or not, with its body and formulas', () => {
    lesson.steps.forEach((step, i) => {
      for (const revealed of [false, true]) expect(figure(i, INITIAL, revealed)).toContain('<');
      expect(renderToStaticMarkup(createElement('div', null, step.body(INITIAL)))).not.toBe('<div></div>');
      for (const f of step.formulas?.(INITIAL) ?? []) expect(f.tex).not.toMatch(/NaN|undefined/);
    });
  });

  it('hides the gradients until the prediction is answered', () => {
    expect(figure(0, INITIAL, false)).not.toContain('dL/dz at the chart');
    expect(figure(0, INITIAL, true)).toContain('dL/dz at the chart');
  });

  it('tables the closed-form gradient of cross-entropy, σ(z) − y, at z = −8', () => {
    const html = figure(0, { ...INITIAL, y: '1' }, true);
    expect(html).toContain(`<td>${showNumber(sigmoid(-8) - 1)}</td>`);
  });

  it('answers the prediction with cross-entropy', () => {
    expect(lesson.steps[0]!.predict!.answer(INITIAL)).toBe('ce');
  });

  it('writes its whole state to the link and reads it back', () => {
    const codec = makeCodec('lesson', FIELDS, () => INITIAL);
    const s: SaturationState = { z: 3.25, y: '0', classes: 7, zx: 40, linear: 'show' };
    const back = codec.decode(codec.encode(s));
    expect(back.state).toEqual(s);
    expect(back.notices).toEqual([]);
    const bad = codec.decode('?z=99&y=2&classes=x');
    expect(bad.state).toEqual({ ...INITIAL, z: 10 });
    expect(bad.notices).toHaveLength(3);
  });

  it('formats numbers for the page and for TeX', () => {
    expect(showNumber(-0.000123456789)).toBe('−0.000123457');
    expect(showNumber(-6.704753e-5)).toBe('−6.70475e−5');
    expect(showNumber(Infinity)).toBe('∞');
    expect(texNumber(-6.704753e-5)).toBe('{-6.70475 \\times 10^{-5}}');
    expect(texNumber(-0.5)).toBe('{-0.5}');
  });

  it('links to the explorer with BCE on the logit axis at the cursor', () => {
    const href = lesson.steps[0]!.openIn!(INITIAL).href;
    expect(href).toContain('loss=bce_logits');
    expect(href).toContain('at=-8');
  });
});
