import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { makeCodec } from '../../state/link';
import { decodeSurface } from '../../state/surfaceCodec';
import { lesson } from './index';
import type { RegState } from './state';

const state: RegState = { ...lesson.initial, lambda: 1, reg: 'l1', w1: 3, w2: 4, max_norm: 2 };
const render = (step: number, revealed: boolean, width = 960, s: RegState = state) =>
  renderToStaticMarkup(createElement(lesson.steps[step]!.Figure, { state: s, set: () => {}, revealed, width }));
const outputs = (html: string) =>
  Object.fromEntries([...html.matchAll(/<output aria-label="([^"]+)">([^<]*)<\/output>/g)].map((m) => [m[1]!, m[2]!]));

describe('regularization lesson figures', () => {
  it('draw every step, wide and narrow, revealed or not, with no NaN', () => {
    lesson.steps.forEach((_, i) => {
      for (const w of [960, 360]) for (const r of [false, true]) expect(render(i, r, w)).not.toMatch(/NaN/);
    });
  });

  it('hide the zero counts until step 1 is answered', () => {
    expect(outputs(render(0, false))['exact zeros under L1']).toBe('?');
    expect(outputs(render(0, true))['exact zeros under L2']).toBe('0');
  });

  it('project w = (3, 4) onto the ball of radius 2 at (1.2, 1.6)', () => {
    const o = outputs(render(2, true));
    expect(Number(o['projected w1'])).toBeCloseTo(1.2, 12);
    expect(Number(o['projected w2'])).toBeCloseTo(1.6, 12);
    expect(Number(o['norm of projected w'])).toBeCloseTo(2, 12);
    expect(outputs(render(2, false))['projected w1']).toBe('?');
  });

  it('show inverted dropout’s expected and test-time outputs equal once answered', () => {
    const o = outputs(render(4, true));
    expect(o['expected training output']).toBe(o['test-time output']);
    expect(outputs(render(4, false))['test-time output']).toBe('?');
  });
});

describe('regularization lesson link', () => {
  const codec = makeCodec('lesson', lesson.fields, () => lesson.initial);

  it('round-trips its state and clamps bad values with a notice', () => {
    const s: RegState = { ...state, reg: 'elastic_net', l1_ratio: 0.3, keep: 0.8, seed: 12, style: 'original', scale: 3.5 };
    const back = codec.decode(codec.encode(s));
    expect(back.state).toEqual(s);
    expect(back.notices).toEqual([]);
    const bad = codec.decode('?reg=l3&keep=0&seed=1.5');
    expect(bad.state).toEqual({ ...lesson.initial, keep: 0.05, seed: 2 });
    expect(bad.notices).toHaveLength(3);
  });

  it('opens its steps in the surface view with no notice', () => {
    const hrefs = (['l1', 'l2', 'elastic_net'] as const).flatMap((reg) => lesson.steps.flatMap((step) => step.openIn?.({ ...state, reg }).href ?? []));
    expect(hrefs).toHaveLength(12);
    for (const href of hrefs) expect(decodeSurface(href).notices).toEqual([]);
  });
});

describe('formulas', () => {
  it('typeset without a KaTeX error at the opening state', async () => {
    const katex = (await import('katex')).default;
    for (const step of lesson.steps) {
      for (const f of step.formulas?.(lesson.initial) ?? []) expect(() => katex.renderToString(f.tex, { throwOnError: true })).not.toThrow();
    }
  });
});
