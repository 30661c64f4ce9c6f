import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { LOSSES } from './losses';
import { huber } from './losses/huber';
import { withDefaults } from './tensor';
import { formulaTex, legendTex, renderCall, renderTex, texNumber, texText, texToText } from './tex';
import type { LossSpec } from './types';

const spec: Pick<LossSpec, 'params' | 'options'> = {
  params: [
    { name: 'delta', symbol: '\\delta', default: 1, range: [0, 5], step: 0.1, meaning: 'a knob for tests' },
    { name: 'b', symbol: 'b', default: -5, range: [-10, 10], step: 0.5, meaning: 'a signed knob' },
  ],
  options: [{ name: 'similarity', choices: ['cosine', 'dot'], default: 'cosine', meaning: 'an option' }],
};

/** KaTeX must accept the TeX (the active-branch marker is trusted exactly as katexModule does). */
function typesets(tex: string): void {
  expect(() => katex.renderToString(tex, { throwOnError: true, trust: (c) => c.command === '\\htmlData' })).not.toThrow();
}

describe('texNumber', () => {
  it('keeps four significant digits and never writes exponent notation TeX cannot read', () => {
    expect(texNumber(1.5)).toBe('1.5');
    expect(texNumber(1 / 3)).toBe('0.3333');
    expect(texNumber(1e-7)).toBe('1\\times 10^{-7}');
    expect(texNumber(2.5e21)).toBe('2.5\\times 10^{21}');
    expect(texNumber(Number.POSITIVE_INFINITY)).toBe('\\infty');
    expect(texNumber(Number.NaN)).toBe('\\text{NaN}');
  });
});

describe('renderTex', () => {
  it('substitutes symbols without values and numbers with them', () => {
    expect(renderTex('|r| \\le {{delta}}', spec)).toBe('|r| \\le {\\delta}');
    expect(renderTex('|r| \\le {{delta}}', spec, { delta: 1.5 })).toBe('|r| \\le {1.5}');
    expect(renderTex('|r| \\le {{delta}}', spec, {})).toBe('|r| \\le {\\delta}');
  });

  it('writes \\cdot where a number multiplies a parenthesis, a letter or a function', () => {
    expect(renderTex('{{delta}}\\left(|r| - {{delta}}/2\\right)', spec, { delta: 1 })).toBe(
      '{1}\\cdot \\left(|r| - {1}/2\\right)',
    );
    expect(renderTex('{{delta}}\\,\\operatorname{sign}(r)', spec, { delta: 2 })).toBe('{2}\\cdot \\operatorname{sign}(r)');
    expect(renderTex('{{delta}} r', spec, { delta: 2 })).toBe('{2}\\cdot r');
    expect(renderTex('{{delta}}\\,|w| + |{{delta}}| w', spec, { delta: 2 })).toBe('{2}\\cdot |w| + |{2}| w');
    expect(renderTex('{{delta}}\\bigl(w\\bigr)', spec, { delta: 2 })).toBe('{2}\\cdot \\bigl(w\\bigr)');
    expect(renderTex('{{delta}}(1 - p)', spec, { delta: 2 })).toBe('{2}\\cdot (1 - p)');
    expect(renderTex('e^{{{delta}}\\cos\\theta}', spec, { delta: 64 })).toBe('e^{{64}\\cdot \\cos\\theta}');
    expect(renderTex('2{{delta}}', spec, { delta: 3 })).toBe('2\\cdot {3}');
    expect(renderTex('x_1{{delta}}', spec, { delta: 3 })).toBe('x_1\\cdot {3}');
  });

  it('leaves numbers alone next to operators, relations, scripts and closers', () => {
    const v = { delta: 1.5 };
    expect(renderTex('{{delta}} - y\\,s', spec, v)).toBe('{1.5} - y\\,s');
    expect(renderTex('\\ell_{{delta}}(r)', spec, v)).toBe('\\ell_{1.5}(r)');
    expect(renderTex('(1-p)^{{{delta}}}', spec, v)).toBe('(1-p)^{{1.5}}');
    expect(renderTex('\\frac{1}{{{delta}}}\\left(x\\right)', spec, v)).toBe('\\frac{1}{{1.5}}\\left(x\\right)');
    expect(renderTex('2 \\cdot {{delta}}\\,w', spec, v)).toBe('2 \\cdot {1.5}\\cdot w');
    expect(renderTex('\\left({{delta}} - d\\right)^2', spec, v)).toBe('\\left({1.5} - d\\right)^2');
    expect(renderTex('y \\le {{delta}}', spec, v)).toBe('y \\le {1.5}');
    expect(renderTex('{{delta}} \\le x', spec, v)).toBe('{1.5} \\le x');
    expect(renderTex('{{delta}}\\, \\\\ x', spec, v)).toBe('{1.5}\\, \\\\ x');
  });

  it('never inserts \\cdot for symbols', () => {
    expect(renderTex('{{delta}}\\left(|r| - {{delta}}/2\\right)', spec)).toBe('{\\delta}\\left(|r| - {\\delta}/2\\right)');
  });

  it('puts a negative number after an operator in parentheses', () => {
    expect(renderTex('x + {{b}}', spec, { b: -5 })).toBe('x + (-5)');
    expect(renderTex('-{{b}}\\left(1\\right)', spec, { b: -2 })).toBe('-(-2)\\cdot \\left(1\\right)');
    expect(renderTex('{{b}}^2', spec, { b: -2 })).toBe('(-2)^2');
    expect(renderTex('{{b}} + x', spec, { b: -2 })).toBe('{-2} + x');
    expect(renderTex('x + {{b}}', spec, { b: 5 })).toBe('x + {5}');
  });

  it('shows unknown names as text and escapes strings', () => {
    expect(renderTex('{{nope}} + {{l1_ratio}}', spec)).toBe('\\text{nope} + \\text{l1\\_ratio}');
    expect(renderTex('{{similarity}}', spec, { similarity: 'cosine' })).toBe('\\text{cosine}');
    const evil = renderTex('{{similarity}}', spec, { similarity: '}\\href{javascript:alert(1)}{x' });
    expect(evil).toBe('\\text{\\}\\textbackslash{}href\\{javascript:alert(1)\\}\\{x}');
    typesets(evil);
    typesets(texText('a_b^c~d%$#&'));
  });
});

describe('formulaTex', () => {
  it('keeps a single piece on one line', () => {
    expect(formulaTex({ lhs: 'R(w)', pieces: [{ tex: '{{delta}}\\,w^2', when: '' }] }, spec, { delta: 0.1 })).toBe(
      'R(w) = {0.1}\\cdot w^2',
    );
  });

  it('sets piecewise branches apart and marks only the active one', () => {
    const plain = formulaTex(huber.tex.value, huber, { delta: 1 });
    expect(plain).not.toContain('htmlData');
    expect(plain).toContain('{1}\\cdot \\left(|r| - {1}/2\\right)');
    const active = formulaTex(huber.tex.value, huber, { delta: 1 }, 1);
    expect(active.match(/\\htmlData\{piece=1, active=true\}/g)).toHaveLength(2);
    expect(active).not.toContain('piece=0');
    expect(active).toContain('\\htmlData{piece=1, active=true}{\\text{if } |r| > {1}}');
    expect(formulaTex(huber.tex.grad, huber, undefined, 0)).toContain('\\htmlData{piece=0, active=true}{r}');
    expect(formulaTex(huber.tex.value, huber, { delta: 1 }, 7)).toBe(plain);
  });

  it.each(LOSSES.map((l) => [l.id, l] as const))('%s typesets with symbols, values and every active branch', (_, loss) => {
    const values = withDefaults(loss);
    for (const f of [loss.tex.value, loss.tex.grad]) {
      typesets(formulaTex(f, loss));
      for (let i = 0; i < f.pieces.length; i++) typesets(formulaTex(f, loss, values, i));
      for (const p of loss.params) {
        for (const v of p.range) {
          const tex = formulaTex(f, loss, { ...values, [p.name]: v });
          typesets(tex);
          // the wart this guards against: a bare number right before a parenthesis or a letter
          expect(tex).not.toMatch(/(?<![_^}])\{-?[\d.]+\}\s*(?:\\left|\\bigl|\(|[a-zA-Z])/);
        }
      }
    }
  });
});

describe('legendTex', () => {
  it('lists the parameters the formulas use, with their values', () => {
    expect(legendTex([huber.tex.value, huber.tex.grad], huber, { delta: 1.5 })).toBe('\\delta = {1.5}');
    expect(legendTex([{ lhs: 'x', pieces: [{ tex: '{{b}}', when: '' }] }], spec, { delta: 1, b: -5 })).toBe('b = {-5}');
  });
});

describe('texToText', () => {
  it('reads branch conditions as plain text', () => {
    expect(texToText(renderTex('|r| \\le {{delta}}', huber))).toBe('|r| ≤ δ');
    expect(texToText(renderTex('|r| > {{delta}}', huber, { delta: 1.5 }))).toBe('|r| > 1.5');
    expect(texToText('y = 0,\\ d \\ge {m}')).toBe('y = 0, d ≥ m');
    expect(texToText('d_{ap} - d_{an} + {m} \\ge 0')).toBe('d_ap − d_an + m ≥ 0');
    expect(texToText('\\text{if } y\\,(x_1 - x_2) \\le \\tfrac{1}{2}')).toBe('if y (x_1 − x_2) ≤ 1/2');
    expect(texToText('\\left|w\\right| \\ne \\{0\\}')).toBe('|w| ≠ {0}');
  });
});

describe('renderCall', () => {
  it('substitutes numbers (six significant digits), quotes strings, keeps unknown names', () => {
    expect(renderCall('torch.nn.HuberLoss(delta={{delta}})', { delta: 1.5 })).toBe('torch.nn.HuberLoss(delta=1.5)');
    expect(renderCall('f({{x}})', { x: 0.1 + 0.2 })).toBe('f(0.3)');
    expect(renderCall('f({{x}})', { x: 1e-7 })).toBe('f(1e-7)');
    expect(renderCall('f({{x}}, {{x}})', { x: -5 })).toBe('f(-5, -5)');
    expect(renderCall('f(s={{similarity}})', { similarity: 'cosine' })).toBe('f(s="cosine")');
    expect(renderCall('f(s={{similarity}})', { similarity: 'a"b' })).toBe('f(s="a\\"b")');
    expect(renderCall('f({{missing}})', {})).toBe('f(missing)');
  });

  it('writes a yes/no option as Python True / False with :py, and leaves other values as they are', () => {
    expect(renderCall('f(full={{full:py}}, log_input={{log_input:py}})', { full: 'false', log_input: 'true' })).toBe('f(full=False, log_input=True)');
    expect(renderCall('f({{full}})', { full: 'true' })).toBe('f("true")');
    expect(renderCall('f({{x:py}})', { x: 2 })).toBe('f(2)');
  });

  it.each(LOSSES.map((l) => [l.id, l] as const))('%s: every call fills every placeholder at the defaults', (_, loss) => {
    for (const call of Object.values(loss.calls)) expect(renderCall(call.code, withDefaults(loss))).not.toMatch(/\{\{|\}\}/);
  });
});
