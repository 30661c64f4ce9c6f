import fc from 'fast-check';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { renderTex } from '../tex';
import type { LossSpec, Params } from '../types';
import { NodeFactory, topological, type Node } from './ast';
import { compileExpression } from './compile';
import { formulaArbitrary } from './formulaArbitrary';
import { randomTree, seeded } from './sampleTrees';
import { paramSymbol, toTex } from './tex';

const f = new NodeFactory();
const x = f.variable();
const a = f.param(0, 'a');
const n = f.num;
const sq = (u: Node) => f.bin('^', u, n(2));

/** The spec renderTex needs for the parameters of `root`, symbols from paramSymbol. */
function specOf(root: Node): Pick<LossSpec, 'params' | 'options'> {
  const names = topological([root]).flatMap((m) => (m.kind === 'param' ? [m.name] : []));
  return {
    params: names.map((name) => ({ name, symbol: paramSymbol(name), default: 1, range: [0, 5], step: 0.1, meaning: 'a test knob' })),
  };
}

/** KaTeX accepts the TeX of `root` with its placeholders filled by symbols, by negative values and by positive ones. */
function expectTypesets(root: Node, variable = 'r'): void {
  const tex = toTex(root, variable);
  expect(tex).toBeDefined();
  expectFilledTypesets(tex!, specOf(root));
}

function expectFilledTypesets(tex: string, spec: Pick<LossSpec, 'params' | 'options'>): void {
  const fill = (v: number): Params => Object.fromEntries(spec.params.map((p) => [p.name, v]));
  for (const values of [undefined, fill(-2.5), fill(3), fill(-1e-9)]) {
    const filled = renderTex(tex, spec, values);
    let error = '';
    try {
      katex.renderToString(filled, { throwOnError: true });
    } catch (e) {
      error = `${String(e)} in ${filled}`;
    }
    expect(error).toBe('');
  }
}

describe('toTex: hand-written cases', () => {
  const cases: [string, Node, string][] = [
    ['logistic with a parameter', f.call('log', [f.bin('+', n(1), f.call('exp', [f.neg(f.bin('*', a, x))]))]), '\\log(1 + e^{-{{a}} m})'],
    ['abs to a parameter power', f.bin('^', f.call('abs', [x]), f.param(1, 'q')), '|m|^{{{q}}}'],
    [
      'squared hinge plus a ridge term',
      f.bin('+', sq(f.call('max', [n(0), f.bin('-', n(1), x)])), f.bin('*', n(0.1), sq(x))),
      '\\max(0, 1 - m)^{2} + 0.1 m^{2}',
    ],
    ['a fraction', f.bin('/', n(1), f.bin('+', n(1), x)), '\\frac{1}{1 + m}'],
    ['a slash inside an exponent', f.call('exp', [f.bin('/', x, n(2))]), 'e^{m/2}'],
    ['a product of numbers keeps its dot', f.bin('*', n(2), n(3)), '2 \\cdot 3'],
    ['a factor before a number gets a dot', f.bin('*', x, n(3)), 'm \\cdot 3'],
    ['a negated base is parenthesized', sq(f.neg(x)), '(-m)^{2}'],
    ['minus binds looser than a power', f.neg(sq(x)), '-m^{2}'],
    ['a fraction as a base grows its parentheses', sq(f.bin('/', x, a)), '\\left(\\frac{m}{{{a}}}\\right)^{2}'],
    ['log1p reads as log(1 + u)', f.call('log1p', [f.neg(x)]), '\\log(1 - m)'],
    ['expm1 reads as e^u - 1', f.call('expm1', [x]), 'e^{m} - 1'],
    ['a sum after minus is parenthesized', f.bin('-', x, f.bin('+', x, a)), 'm - (m + {{a}})'],
    ['a negation after plus reads as minus', f.bin('+', x, f.neg(a)), 'm - {{a}}'],
    ['a negation as a right factor is parenthesized', f.bin('*', x, f.neg(a)), 'm (-{{a}})'],
    ['a long exponent writes exp', f.call('exp', [f.bin('*', f.bin('+', x, n(1)), f.bin('+', f.bin('*', a, x), n(3.25)))]), '\\exp\\left((m + 1) ({{a}} m + 3.25)\\right)'],
    ['constants', f.bin('*', f.constant('pi'), f.constant('e')), '\\pi e'],
    ['named functions', f.call('clamp', [f.call('sigmoid', [x]), n(0), f.call('softplus', [x])]), '\\operatorname{clamp}(\\sigma(m), 0, \\operatorname{softplus}(m))'],
    [
      'where as cases, chained conditions in rows',
      f.call('where', [f.cmp('<', x, n(0)), n(0), f.call('where', [f.logic('and', f.cmp('>=', x, n(0)), f.cmp('!=', x, a)), x, n(1)])]),
      '\\begin{cases} 0 & \\text{if } m < 0 \\\\ m & \\text{if } m \\ge 0 \\text{ and } m \\ne {{a}} \\\\ 1 & \\text{otherwise} \\end{cases}',
    ],
    ['not around a comparison', f.call('where', [f.not(f.cmp('<=', x, n(1))), x, n(0)]), '\\begin{cases} m & \\text{if } \\lnot (m \\le 1) \\\\ 0 & \\text{otherwise} \\end{cases}'],
    ['cases inside a sum are parenthesized', f.bin('+', n(1), f.call('where', [f.cmp('>', x, n(0)), x, n(0)])), '1 + \\left(\\begin{cases} m & \\text{if } m > 0 \\\\ 0 & \\text{otherwise} \\end{cases}\\right)'],
    ['a tall absolute value grows its bars', f.call('abs', [f.bin('/', x, a)]), '\\left|\\frac{m}{{{a}}}\\right|'],
    ['pow and sqrt', f.call('pow', [f.call('sqrt', [x]), f.bin('/', n(1), n(3))]), '\\sqrt{m}^{1/3}'],
  ];
  it.each(cases)('%s', (_, root, expected) => {
    expect(toTex(root, 'm')).toBe(expected);
  });

  it('each hand-written case typesets with symbols and with negative values', () => {
    for (const [, root] of cases) expectTypesets(root, 'm');
  });
});

describe('toTex: random trees', () => {
  it('every random tree of every node kind typesets with its placeholders filled', () => {
    const rnd = seeded(20);
    const g = new NodeFactory();
    for (let i = 0; i < 300; i++) expectTypesets(randomTree(g, rnd, 5));
  });
});

describe('toTex: typed formulas, through compileExpression', () => {
  const typed = (text: string, variable: string) => {
    const r = compileExpression(text, variable);
    if (!r.ok) throw new Error(r.error.message);
    return r.expr;
  };

  it.each([
    ['log(1 + exp(-a*m))', 'm', '\\log(1 + e^{-{{a}} m})'],
    ['max(0, 1 - m)^2 + 0.1*m^2', 'm', '\\max(0, 1 - m)^{2} + 0.1 m^{2}'],
    ['x*(1 - x)', 'x', 'x (1 - x)'],
    ['2^-x', 'x', '2^{-x}'],
    ['sqrt(r^2 + eps^2) - eps', 'r', '\\sqrt{r^{2} + {{eps}}^{2}} - {{eps}}'],
    [
      'if abs(r) < delta then r^2/2 else delta*(abs(r) - delta/2)',
      'r',
      '\\begin{cases} \\frac{r^{2}}{2} & \\text{if } |r| < {{delta}} \\\\ {{delta}} \\left(|r| - \\frac{{{delta}}}{2}\\right) & \\text{otherwise} \\end{cases}',
    ],
  ])('%s', (text, variable, expected) => {
    expect(typed(text, variable).tex).toBe(expected);
  });

  it('random formulas of the grammar: the formula and its derivative typeset, filled with symbols and values', () => {
    fc.assert(
      fc.property(formulaArbitrary(4), ({ text }) => {
        const r = compileExpression(text, 'x');
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const spec = {
          params: r.expr.params.map((name) => ({ name, symbol: paramSymbol(name), default: 1, range: [0, 5] as const, step: 0.1, meaning: 'a test knob' })),
        };
        expectFilledTypesets(r.expr.tex, spec);
        if (r.expr.derivativeTex !== undefined) expectFilledTypesets(r.expr.derivativeTex, spec);
      }),
      { numRuns: 150, seed: 20 },
    );
  });
});

describe('toTex: budget', () => {
  it('gives up on a derivative-like DAG whose printed form is exponential, quickly and without building it', () => {
    const g = new NodeFactory();
    let u: Node = g.variable();
    for (let i = 0; i < 80; i++) u = g.bin('*', g.bin('+', u, g.num(1)), g.call('exp', [u]));
    expect(toTex(u, 'x')).toBeUndefined();
    expect(toTex(u, 'x', 1e9)).toBeUndefined();
  });

  it('gives up when a result passes maxLength, and not before', () => {
    const root = f.bin('+', sq(x), a);
    expect(toTex(root, 'x', 'x^{2} + {{a}}'.length)).toBe('x^{2} + {{a}}');
    expect(toTex(root, 'x', 'x^{2} + {{a}}'.length - 1)).toBeUndefined();
  });
});

describe('paramSymbol', () => {
  it.each([
    ['alpha', '\\alpha'],
    ['Gamma', '\\Gamma'],
    ['omega', '\\omega'],
    ['a2', 'a_{2}'],
    ['alpha12', '\\alpha_{12}'],
    ['q', 'q'],
    ['rate', '\\mathit{rate}'],
    ['l1_ratio', '\\mathit{l1\\_ratio}'],
  ])('%s → %s', (name, symbol) => {
    expect(paramSymbol(name)).toBe(symbol);
    expect(() => katex.renderToString(symbol, { throwOnError: true })).not.toThrow();
  });
});
