import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getLoss } from '../../../src/math/losses';
import { collapse } from '../../../src/math/ctcLattice';
import { ctcPicture, descend, labelsOf, logitRows } from '../../../src/math/lessons/ctc';
import { shownNumber } from '../../../src/components/lesson/NumberReadout';
import { makeCodec } from '../../state/link';
import { DESCENT_RATE } from './figures';
import { lesson } from './index';
import { FIELDS, INITIAL, type CtcState } from './state';

const codec = makeCodec<CtcState>('lesson', FIELDS, () => INITIAL);
const noop = () => {};
const ctc = getLoss('ctc')!;

describe('ctc lesson: link fields', () => {
  it('round-trips a changed state, and uses no reserved key', () => {
    const z = Array.from({ length: 7 * 4 }, (_, i) => ((i * 37) % 11) - 5 + 0.5);
    const s: CtcState = { target: 'ABBA', frames: 7, z };
    const { state, notices } = codec.decode(codec.encode(s));
    expect(notices).toEqual([]);
    expect(state).toEqual(s);
    const keys = FIELDS.flatMap((f) => f.keys(INITIAL));
    for (const k of ['v', 'view', 'id', 'step', 'answer']) expect(keys).not.toContain(k);
  });

  it('fits the logits to the frames, and clamps or ignores bad values with a notice', () => {
    const more = codec.decode('?frames=8');
    expect(more.notices).toEqual([]);
    expect(more.state.z).toEqual([...INITIAL.z, ...Array.from({ length: 8 }, () => 0)]);
    const fewer = codec.decode('?frames=5');
    expect(fewer.state.z).toEqual(INITIAL.z.slice(0, 20));
    const wrongCount = codec.decode('?z=1,2,3');
    expect(wrongCount.state.z).toEqual(INITIAL.z);
    expect(wrongCount.notices.join(' ')).toMatch(/z = “1,2,3” is not 24 numbers/);
    const far = codec.decode(`?frames=99&target=CAT&z=${[99, ...INITIAL.z.slice(1)].join(',')}`);
    expect(far.state.frames).toBe(10);
    expect(far.state.target).toBe(INITIAL.target);
    expect(far.state.z).toEqual(Array.from({ length: 40 }, () => 0).map((_, i) => INITIAL.z[i] ?? 0));
    expect(far.notices.join(' ')).toMatch(/frames = 99 is outside 5…10/);
    expect(far.notices.join(' ')).toMatch(/target = “CAT” is not one of/);
    const clamped = codec.decode(`?z=${[99, ...INITIAL.z.slice(1)].join(',')}`);
    expect(clamped.state.z[0]).toBe(20);
    expect(clamped.notices.join(' ')).toMatch(/z = 99 is outside −?-?20…20/);
  });
});

describe('ctc lesson: numbers from the registry', () => {
  it('the picture’s loss and gradient are the registry’s ctc for the state’s logits and target', () => {
    for (const target of ['CAB', 'AAB', 'ABA', 'ABBA'] as const) {
      const pic = ctcPicture(target, INITIAL.z);
      const inputs = { logits: logitRows(INITIAL.z), target: labelsOf(target) };
      expect(pic.loss).toBe(ctc.value(inputs, { blank: 0 }));
      expect(pic.grad).toEqual(ctc.grad(inputs, { blank: 0 }).logits);
      expect(-Math.log(pic.p) / target.length).toBeCloseTo(pic.loss, 12);
      expect(collapse(pic.path.symbols, 0)).toEqual(labelsOf(target));
    }
  });

  it('the initial path reads A A ε A B ε', () => {
    expect(ctcPicture(INITIAL.target, INITIAL.z).path.symbols).toEqual([1, 1, 0, 1, 2, 0]);
  });

  it('a gradient-descent step from the figure lowers the loss', () => {
    let z = INITIAL.z;
    let loss = ctcPicture(INITIAL.target, z).loss;
    for (let k = 0; k < 5; k++) {
      z = descend(z, ctcPicture(INITIAL.target, z).grad, DESCENT_RATE);
      const next = ctcPicture(INITIAL.target, z).loss;
      expect(next).toBeLessThan(loss);
      loss = next;
    }
  });
});

describe('ctc lesson: figures and questions', () => {
  const figure = (i: number, revealed: boolean, state = INITIAL, width = 1000) =>
    renderToStaticMarkup(createElement(lesson.steps[i]!.Figure, { state, set: noop, revealed, width }));

  it('every step draws at a phone’s width and at a projector’s, with a logit field named by frame and class where it edits them', () => {
    for (let i = 0; i < lesson.steps.length; i++) {
      for (const width of [343, 1200]) expect(figure(i, true, INITIAL, width)).toContain('<svg');
    }
    for (const i of [0, 2, 3]) expect(figure(i, true)).toContain('aria-label="frame 3, A"');
  });

  it('hides what each question asks about until it is answered', () => {
    expect(figure(0, false)).toContain('<output aria-label="It collapses to" class="lfig-hidden">?</output>');
    expect(figure(0, true)).toContain('<output aria-label="It collapses to">AAB</output>');
    expect(figure(1, false)).not.toContain('ctc-moves');
    expect(figure(1, true)).toContain('ctc-skip');
    expect(figure(1, true)).toContain('<output aria-label="Fewest frames for this target" data-value="4">4</output>');
    expect(figure(2, false)).toContain('<output aria-label="Column sums, frame by frame" class="lfig-hidden">?</output>');
    expect(figure(3, false)).not.toMatch(/<td[^>]*>[↑↓]/);
    expect(figure(3, true)).toMatch(/<td class="ctc-up">↑ −0\.\d{3}<\/td>/);
  });

  it('shows the registry’s loss', () => {
    const loss = ctc.value({ logits: logitRows(INITIAL.z), target: labelsOf(INITIAL.target) }, { blank: 0 });
    expect(figure(2, true)).toContain(`<output aria-label="CTC loss" data-value="${loss}">${shownNumber(loss)}</output>`);
  });

  it('answers follow the math', () => {
    expect(lesson.steps[0]!.predict!.answer(INITIAL)).toBe('AAB');
    expect(lesson.steps[1]!.predict!.answer(INITIAL)).toBe('same');
    expect(lesson.steps[2]!.predict!.answer(INITIAL)).toBe('one');
    expect(lesson.steps[3]!.predict!.answer(INITIAL)).toBe('wanted');
    expect(lesson.steps[3]!.predict!.answer({ ...INITIAL, target: 'ABBA', frames: 9, z: Array.from({ length: 36 }, (_, i) => (i % 5) - 2) })).toBe('wanted');
  });
});
