import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { crossEntropyPQ, entropy, kl } from '../../../src/math/lessons/kl';
import { makeCodec } from '../../state/link';
import { lesson } from './index';
import type { KlState } from './state';

const render = (step: number, state: KlState, revealed: boolean) =>
  renderToStaticMarkup(createElement(lesson.steps[step]!.Figure, { state, set: () => {}, revealed, width: 720 }));

function readout(html: string, label: string): number | undefined {
  const m = new RegExp(`<output aria-label="${label.replace(/[()]/g, '\\$&')}" data-value="([^"]+)"`).exec(html);
  return m ? Number(m[1]) : undefined;
}

const codec = makeCodec<KlState>('lesson', lesson.fields, () => lesson.initial);

describe('kl lesson figures', () => {
  it('shows H, KL and CE that add up once answered, and hides KL and CE before', () => {
    const s = lesson.initial;
    const html = render(0, s, true);
    expect(readout(html, 'H(p)')).toBe(entropy(s.p));
    expect(readout(html, 'KL(p‖q)')).toBe(kl(s.p, s.q));
    expect(readout(html, 'CE(p, q)')).toBe(crossEntropyPQ(s.p, s.q));
    const hidden = render(0, s, false);
    expect(readout(hidden, 'KL(p‖q)')).toBeUndefined();
    expect(readout(hidden, 'CE(p, q)')).toBeUndefined();
    expect(readout(hidden, 'H(p)')).toBe(entropy(s.p));
  });

  it('draws one slider per bar with its exact value, and every step without NaN', () => {
    const html = render(0, lesson.initial, true);
    expect([...html.matchAll(/role="slider"/g)].length).toBe(8);
    expect(html).toContain(`aria-label="q(d)"`);
    expect(html).toContain(`aria-valuenow="0.4"`);
    lesson.steps.forEach((_, i) => expect(render(i, { ...lesson.initial, t: 0.5 }, true)).not.toMatch(/NaN|Infinity/));
  });

  it('answers the asymmetry question from the two divergences', () => {
    const q = lesson.steps[1]!.predict!;
    expect(q.answer(lesson.initial)).toBe(kl(lesson.initial.q, lesson.initial.p) > kl(lesson.initial.p, lesson.initial.q) ? 'qp' : 'pq');
    expect(q.answer({ ...lesson.initial, q: [...lesson.initial.p] })).toBe('equal');
  });

  it('reads p and q from the link as distributions over the same classes, with notices', () => {
    const s: KlState = { p: [0.5, 0.25, 0.25], q: [0.2, 0.3, 0.5], t: 0.4 };
    expect(codec.decode(codec.encode(s)).state).toEqual(s);
    const scaled = codec.decode('?p=0.4,0.2,0.2&q=0.2,0.3,0.5');
    expect(scaled.state.p).toEqual([0.5, 0.25, 0.25]);
    expect(scaled.notices).toEqual(['p sums to 0.8; scaled to sum to 1.']);
    // A dragged distribution written with six digits reads back as written, and writes the same link again.
    const dragged: KlState = { p: [0.63, 0.2785714285714286, 0.07428571428571429, 0.01714285714285714], q: [0.1, 0.2, 0.3, 0.4], t: 0 };
    const link = codec.encode(dragged);
    const read = codec.decode(link);
    expect(read.notices).toEqual([]);
    expect(read.state.p[0]).toBe(0.63);
    expect(codec.encode(read.state)).toBe(link);
    const mismatch = codec.decode('?p=0.5,0.5&q=0.2,0.3,0.5');
    expect(mismatch.state.q).toEqual([0.5, 0.5]);
    expect(mismatch.notices[0]).toMatch(/p has 2 classes and q 3/);
  });
});
