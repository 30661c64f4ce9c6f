import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getLoss } from '../../math/losses';
import { formulaTex } from '../../math/tex';
import { activeBranchText, FormulaCard, type FormulaCardProps } from './FormulaCard';
import { renderTex } from './katexModule';

const huber = getLoss('huber')!;
const card = (props: Partial<FormulaCardProps>) =>
  renderToStaticMarkup(createElement(FormulaCard, { spec: huber, params: { delta: 1.5 }, ...props }));

describe('activeBranchText', () => {
  it('names the loss and the branch in words', () => {
    expect(activeBranchText(huber, 0)).toBe('Active branch of Huber: |r| ≤ δ');
    expect(activeBranchText(huber, 1)).toBe('Active branch of Huber: |r| > δ');
    expect(activeBranchText(huber, undefined)).toBe('');
    expect(activeBranchText(huber, 5)).toBe('');
    expect(activeBranchText(getLoss('mse')!, 0)).toBe('');
  });
});

describe('FormulaCard markup', () => {
  it('names the figure, the copy button and the active branch', () => {
    const out = card({ activePiece: 1 });
    expect(out).toMatch(/<figure[^>]*data-active-piece="1"/);
    expect(out).toContain('<figcaption class="fcard-title">Huber</figcaption>');
    expect(out).toContain('aria-label="Copy LaTeX for Huber"');
    expect(out).toContain('aria-live="polite">Active branch of Huber: |r| &gt; δ</p>');
    expect(out).toContain('aria-pressed="false"');
    // Shown to the slider's precision (δ moves in steps of 0.05).
    expect(out).toContain('\\le {1.50}');
  });

  it('shows symbols and a legend when asked, with no toggle in a fixed mode', () => {
    const out = card({ showValues: false });
    expect(out).not.toContain('\\le {1.50}');
    expect(out).toContain('\\le {\\delta}');
    expect(out).toContain('where <code class="formula formula-pending">\\delta = {1.50}</code>');
    expect(out).not.toContain('aria-pressed');
  });

  it('ignores an out-of-range branch and highlights nothing for single-piece losses', () => {
    expect(card({ activePiece: 9 })).not.toContain('data-active-piece');
    const mse = renderToStaticMarkup(createElement(FormulaCard, { spec: getLoss('mse')!, params: {}, activePiece: 0 }));
    expect(mse).not.toContain('data-active-piece');
    expect(mse).not.toContain('Active branch');
  });
});

describe('KaTeX rendering of the active branch', () => {
  it('turns the marker into data attributes on both cells and refuses other HTML commands', () => {
    const html = renderTex(formulaTex(huber.tex.value, huber, { delta: 1 }, 0), true);
    expect(html.match(/data-piece="0" data-active="true"/g)).toHaveLength(2);
    expect(html).not.toContain('data-piece="1"');
    const refused = renderTex('\\htmlClass{x}{a} \\href{javascript:alert(1)}{b} \\htmlStyle{color:red}{c}', true);
    expect(refused).not.toContain('href="javascript');
    expect(refused).not.toContain('class="enclosing x"');
    expect(refused).not.toContain('style="color:red');
  });
});
