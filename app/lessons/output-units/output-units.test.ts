import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { softplus } from '../../../src/math/numerics';
import { makeCodec } from '../../state/link';
import { showNumber } from '../saturation/format';
import { lesson } from './index';
import { FIELDS, INITIAL, type OutputUnitsState } from './state';

const noop = () => {};
const figure = (step: number, state: OutputUnitsState, revealed: boolean) =>
  renderToStaticMarkup(createElement(lesson.steps[step]!.Figure, { state, set: noop, revealed, width: 800 }));

describe('output-units lesson', () => {
  it('renders every step, revealed or not, with formulas free of NaN', () => {
    lesson.steps.forEach((step, i) => {
      for (const revealed of [false, true]) expect(figure(i, INITIAL, revealed)).toContain('<');
      for (const f of step.formulas?.(INITIAL) ?? []) expect(f.tex).not.toMatch(/NaN|undefined/);
    });
  });

  it('shows the per-label logistic losses softplus((1 − 2y)z) and hides the softmax until answered', () => {
    const s = { ...INITIAL, z: 2, labels: [1, 0, 1], others: [0.5, -3] };
    const html = figure(3, s, false);
    for (const [z, y] of [[2, 1], [0.5, 0], [-3, 1]] as const) expect(html).toContain(`<td>${showNumber(softplus((1 - 2 * y) * z))}</td>`);
    expect(html).not.toContain('softmax p');
    expect(figure(3, s, true)).toContain('softmax p');
  });

  it('answers the multi-label question from the state', () => {
    const answer = (labels: number[]) => lesson.steps[3]!.predict!.answer({ ...INITIAL, labels });
    expect(answer([1, 1, 0])).toBe('softmax');
    expect(answer([1, 0, 0])).toBe('neither');
    expect(answer([0, 1, 0])).toBe('both');
  });

  it('writes its whole state to the link and reads it back; bad lists are noted', () => {
    const codec = makeCodec('lesson', FIELDS, () => INITIAL);
    const s: OutputUnitsState = { z: -2.5, target: -1, sigma: 2, y: '0', classes: 5, labels: [0, 1, 1], others: [3, -4] };
    const back = codec.decode(codec.encode(s));
    expect(back.state).toEqual(s);
    expect(back.notices).toEqual([]);
    const bad = codec.decode('?labels=1,2,0&others=1');
    expect(bad.state.labels).toEqual([1, 1, 0]);
    expect(bad.state.others).toEqual(INITIAL.others);
    expect(bad.notices).toHaveLength(2);
  });
});
