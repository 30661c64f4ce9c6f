import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { makeCodec } from '../../state/link';
import { decodeView } from '../../state/urlCodec';
import { lesson } from './index';
import type { PolyState } from './state';

const state: PolyState = { pt: 0.3, terms: 4, gamma: 2, epsilon: 1.5 };
const render = (step: number, revealed: boolean, width = 960) =>
  renderToStaticMarkup(createElement(lesson.steps[step]!.Figure, { state, set: () => {}, revealed, width }));
const outputs = (html: string) =>
  Object.fromEntries([...html.matchAll(/<output aria-label="([^"]+)">([^<]*)<\/output>/g)].map((m) => [m[1]!, m[2]!]));
const rowCells = (html: string, j: number) => {
  const row = new RegExp(`<th scope="row">j = ${j}</th>(.*?)</tr>`).exec(html);
  return [...(row?.[1] ?? '').matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1]!);
};

describe('polynomials lesson figures', () => {
  it('hide the truncated series until step 1 is answered', () => {
    const before = outputs(render(0, false));
    expect(before['series sum at p_t']).toBe('?');
    expect(before['left out by the series']).toBe('?');
    expect(Number(before['cross-entropy at p_t'])).toBeCloseTo(-Math.log(0.3), 5);
    const after = outputs(render(0, true));
    const sum = [1, 2, 3, 4].reduce((a, j) => a + 0.7 ** j / j, 0);
    expect(Number(after['series sum at p_t'])).toBeCloseTo(sum, 5);
  });

  it('hide the focal bars until step 2 is answered, then list powers j + γ with coefficients 1/j', () => {
    expect(rowCells(render(1, false), 2)).toEqual(['0.5', '?', '?']);
    expect(rowCells(render(1, true), 2)).toEqual(['0.5', '4', '0.5']);
  });

  it('raise only Poly-1’s first coefficient by ε', () => {
    expect(rowCells(render(2, true), 1)).toEqual(['1', '2.5']);
    expect(rowCells(render(2, true), 3)).toEqual(['0.333333', '0.333333']);
  });

  it('draw narrow too, with no NaN in any path', () => {
    for (const step of [0, 1, 2]) expect(render(step, true, 360)).not.toMatch(/NaN/);
  });
});

describe('polynomials lesson link', () => {
  const codec = makeCodec('lesson', lesson.fields, () => lesson.initial);

  it('round-trips its state and clamps bad values with a notice', () => {
    const { state: back, notices } = codec.decode(codec.encode(state));
    expect(back).toEqual(state);
    expect(notices).toEqual([]);
    const bad = codec.decode('?pt=2&terms=x&gamma=-1');
    expect(bad.state).toEqual({ ...lesson.initial, pt: 0.99, gamma: 0 });
    expect(bad.notices).toHaveLength(3);
  });

  it('opens each step in the explorer with no notice', () => {
    for (const step of lesson.steps) {
      const href = step.openIn?.(state).href;
      expect(href).toBeDefined();
      expect(decodeView(href!).notices).toEqual([]);
    }
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
