import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { tripletTable } from '../../../src/math/lessons/metric';
import { infonceBatch } from '../../../src/math/lessons/metricCircle';
import { makeCodec } from '../../state/link';
import { lesson } from './index';
import { show } from './layout';
import { FIELDS, INITIAL, type MetricState } from './state';

const codec = makeCodec<MetricState>('lesson', FIELDS, () => INITIAL);
const noop = () => {};

describe('metric lesson: link fields', () => {
  it('round-trips a changed state, and uses no reserved key', () => {
    const s: MetricState = { ...INITIAL, anchor: [0.3, -1.2], negatives: [[2, 2], [-0.25, 1.5]], margin: 0.75, qa: -40, qn: [10, 170], tau: 0.05, s: 30, m: 0.2 };
    const { state, notices } = codec.decode(codec.encode(s));
    expect(notices).toEqual([]);
    expect(state).toEqual(s);
    const keys = FIELDS.flatMap((f) => f.keys(INITIAL));
    for (const k of ['v', 'view', 'id', 'step', 'answer']) expect(keys).not.toContain(k);
  });

  it('ignores an odd or non-numeric list of negatives with a notice, and clamps out-of-range values', () => {
    const odd = codec.decode('?neg=1,2,3');
    expect(odd.state.negatives).toEqual(INITIAL.negatives);
    expect(odd.notices.join(' ')).toMatch(/neg/);
    const bad = codec.decode('?neg=1,x');
    expect(bad.state.negatives).toEqual(INITIAL.negatives);
    const far = codec.decode('?neg=9,0&tau=0');
    expect(far.state.negatives).toEqual([[3, 0]]);
    expect(far.state.tau).toBe(0.02);
    expect(far.notices).toHaveLength(2);
  });
});

describe('metric lesson: figures and questions', () => {
  const figure = (i: number, revealed: boolean, state = INITIAL) =>
    renderToStaticMarkup(createElement(lesson.steps[i]!.Figure, { state, set: noop, revealed, width: 1000 }));

  it('the triplet step hides kinds and losses until answered, then shows the math’s values', () => {
    expect(figure(0, false)).not.toContain('N1 triplet loss');
    const t = tripletTable(INITIAL.anchor, INITIAL.positive, INITIAL.negatives, INITIAL.margin);
    const html = figure(0, true);
    expect(html).toContain(`<output aria-label="N1 triplet loss">${show(t.rows[0]!.loss)}</output>`);
    expect(html).toContain(`<output aria-label="N2 kind" class="kind-semi-hard">semi-hard</output>`);
  });

  it('the temperature step hides the weights until answered; the batch step hides the loss', () => {
    const b = infonceBatch(INITIAL.qa, INITIAL.qp, INITIAL.qn, INITIAL.tau);
    expect(figure(2, false)).not.toContain('aria-label="N1 weight"');
    expect(figure(2, false)).toContain(`<output aria-label="InfoNCE loss">${show(b.loss)}</output>`);
    expect(figure(2, true)).toContain(`<output aria-label="N1 weight">${show(b.weights[0]!)}</output>`);
    expect(figure(3, false)).not.toContain('aria-label="InfoNCE loss"');
    expect(figure(3, false)).toContain('N1 weight');
  });

  it('every step draws at a phone’s width and at a projector’s', () => {
    for (let i = 0; i < lesson.steps.length; i++) {
      for (const width of [343, 1200]) {
        expect(renderToStaticMarkup(createElement(lesson.steps[i]!.Figure, { state: INITIAL, set: noop, revealed: true, width }))).toContain('<svg');
      }
    }
  });

  it('answers follow the state: N1’s kind, and whether the margin raises the ArcFace loss', () => {
    const kind = lesson.steps[0]!.predict!;
    expect(kind.answer(INITIAL)).toBe('hard');
    expect(kind.answer({ ...INITIAL, negatives: [[2.5, 0]] })).toBe('easy');
    const arc = lesson.steps[4]!.predict!;
    expect(arc.answer(INITIAL)).toBe('higher');
    expect(arc.answer({ ...INITIAL, m: 0 })).toBe('same');
    // θ = 170°: θ + m passes 180° and the own logit turns back up
    expect(arc.answer({ ...INITIAL, qa: 0, qp: 170, m: 0.5 })).toBe('lower');
  });
});
