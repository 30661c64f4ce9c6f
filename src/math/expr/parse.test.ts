import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileExpression } from './compile';
import { parseFormula } from './parse';
import type { TypedExpr } from './types';

function compiled(text: string, variable = 'x', reserved: readonly string[] = []): TypedExpr {
  const r = compileExpression(text, variable, { reserved });
  if (!r.ok) throw new Error(`${text}: ${r.error.message}`);
  return r.expr;
}

function errorOf(text: string, variable = 'x', reserved: readonly string[] = []) {
  const r = compileExpression(text, variable, { reserved });
  if (r.ok) throw new Error(`${text} compiled`);
  return r.error;
}

describe('precedence and associativity', () => {
  // [formula, x, value computed by hand]
  const cases: [string, number, number][] = [
    ['1 + 2 * 3', 0, 7],
    ['(1 + 2) * 3', 0, 9],
    ['2 ^ 3 ^ 2', 0, 512],
    ['(2 ^ 3) ^ 2', 0, 64],
    ['2 ** 3 ** 2', 0, 512],
    ['-x^2', 3, -9],
    ['(-x)^2', 3, 9],
    ['-2^2', 0, -4],
    ['2^-1', 0, 0.5],
    ['2^-x^2', 1, 0.5],
    ['8 / 4 / 2', 0, 1],
    ['8 - 4 - 2', 0, 2],
    ['2 * 3 / 4', 0, 1.5],
    ['1 - -1', 0, 2],
    ['--x', 5, 5],
    ['+x', 5, 5],
    ['x - 2 * x^2 / 4', 2, 0],
    ['1 + x * 2 ^ 2', 3, 13],
    ['2 * x ^ 2', 3, 18],
    ['.5 + 1.25e1 + 2E-1', 0, 13.2],
    ['3e2 * x', 2, 600],
    ['pi', 0, Math.PI],
    ['e ^ x', 2, Math.E ** 2],
    ['abs(x - 5)', 2, 3],
    ['max(0, 1 - x)^2', -1, 4],
    ['min(x, 2) + max(x, 2)', 7, 9],
    ['clamp(x, -1, 1)', 3, 1],
    ['clamp(x, -1, 1)', -3, -1],
    ['clamp(x, -1, 1)', 0.25, 0.25],
    ['relu(x) + sign(x)', -2, -1],
    ['sign(x)', 0, 0],
    ['pow(x, 3)', 2, 8],
    ['sqrt(x) * log(e^2)', 9, 6],
    ['where(x < 0, -x, 2*x)', -3, 3],
    ['where(x < 0, -x, 2*x)', 3, 6],
    ['if x <= 1 then 10 else 20', 1, 10],
    ['if x <= 1 then 10 else 20', 1.5, 20],
    ['if x < 0 then 1 else if x < 1 then 2 else 3', 0.5, 2],
    ['1 + (if x > 0 then x else 0)', 4, 5],
    ['where(x > 0 and x < 1 or x == 5, 1, 0)', 5, 1],
    ['where(x > 0 and x < 1 or x == 5, 1, 0)', 0.5, 1],
    ['where(x > 0 and x < 1 or x == 5, 1, 0)', 2, 0],
    ['where(not x > 0, 1, 0)', -1, 1],
    ['where(x != 2, 1, 0)', 2, 0],
    ['where(x >= 2, 1, 0)', 2, 1],
    ['where((x < 0 or x > 3) and not (x == 4), 1, 0)', 4, 0],
    ['where((x < 0 or x > 3) and not (x == 4), 1, 0)', 5, 1],
    ['if (x + 1)^2 < 4 then 1 else 0', -3.5, 0],
    ['if (x + 1)^2 < 4 then 1 else 0', -2.5, 1],
    ['if ((x < 0)) then 1 else 0', -1, 1],
    ['where((if x < 0 then 1 else 2) < 2, 10, 20)', -1, 10],
    ['where((if x < 0 then 1 else 2) < 2, 10, 20)', 1, 20],
    ['log1p(x) - log(1 + x)', 1, 0],
    ['expm1(x) + 1 - exp(x)', 0, 0],
    ['sigmoid(x)', 0, 0.5],
    ['softplus(x)', 0, Math.LN2],
    ['tanh(x) + cosh(x) + sinh(x)', 0, 1],
    ['3 \u2212 x \u00d7 2 \u00b7 1', 1, 1],
  ];
  it.each(cases)('%s at x = %d is %d', (text, x, want) => {
    expect(compiled(text).value(x, [])).toBeCloseTo(want, 12);
  });

  it('numbers parameters in order of first appearance', () => {
    const f = compiled('b * x + a * b + c');
    expect(f.params).toEqual(['b', 'a', 'c']);
    expect(f.value(2, [3, 5, 7])).toBe(3 * 2 + 5 * 3 + 7);
  });

  it('keeps the variable, constants and functions out of the parameters', () => {
    expect(compiled('m * pi + e + exp(m)', 'm').params).toEqual([]);
    expect(compiled('alpha_2 * r + Beta', 'r').params).toEqual(['alpha_2', 'Beta']);
  });

  it('reads the text only: value does not depend on spacing', () => {
    const spaced = compiled(' \t log( 1 +\n exp( -a * m ) ) ', 'm');
    const tight = compiled('log(1+exp(-a*m))', 'm');
    expect(spaced.value(0.3, [2])).toBe(tight.value(0.3, [2]));
    expect(spaced.text).toBe('log( 1 +\n exp( -a * m ) )');
  });
});

describe('error messages point at the place', () => {
  const cases: [string, string, number | undefined][] = [
    ['1 + lgo(x)', 'unknown function `lgo` at 5', 5],
    ['log(1 + (x', 'missing ) for the ( at 9', 9],
    ['log(1 + x', 'missing ) for the ( at 4', 4],
    ['(x + 1) + 2)', 'unexpected ) at 12', 12],
    ['log(x, 2)', '`log` takes 1 argument, not 2 (at 1)', 1],
    ['max(x)', '`max` takes 2 arguments, not 1 (at 1)', 1],
    ['exp()', '`exp` takes 1 argument, not 0 (at 1)', 1],
    ['', 'the formula is empty', undefined],
    ['   ', 'the formula is empty', undefined],
    ['x + * 2', 'expected a number, name or ( at 5', 5],
    ['x + ', 'the formula ends too early: expected a number, name or ( at 5', 5],
    ['()', 'expected a number, name or ( at 2', 2],
    ['x $ 2', 'unexpected character `$` at 3', 3],
    ['x # 2', 'unexpected character `#` at 3', 3],
    ['x + \u03b1', 'unexpected character `\u03b1` at 5', 5],
    ['2x', 'missing operator before `x` at 2 (write * for a product)', 2],
    ['x (1 + x)', 'missing operator before `(` at 3 (write * for a product)', 3],
    ['x < 0', 'a comparison can only be the condition of where or if at 3', 3],
    ['log(x >= 1)', 'a comparison can only be the condition of where or if at 7', 7],
    ['x and 1', '`and` can only join the conditions of where or if at 3', 3],
    ['where(x, 1, 2)', 'expected a comparison (<, <=, >, >=, ==, !=) at 8', 8],
    ['where(0 < x < 1, 1, 2)', 'comparisons cannot be chained; join them with `and` (at 13)', 13],
    ['if x < 0 then 1', 'missing `else` for the `if` at 1', 1],
    ['if x < 0 1 else 2', 'expected `then` at 10', 10],
    ['1 + if x < 0 then 1 else 2', 'an `if` inside a formula needs parentheses around it (at 5)', 5],
    ['x + then', 'unexpected `then` at 5', 5],
    ['exp + 1', '`exp` is a function: write exp(…) (at 1)', 1],
    ['1.2.3', 'a number has a second decimal point at 4', 4],
    ['where(x < 0 && x > -1, 1, 2)', 'write `and` to join conditions (`&` at 13)', 13],
    ['where(x < 0 || x > 1, 1, 2)', 'write `or` to join conditions (`|` at 13)', 13],
    ['where(!(x < 0), 1, 2)', 'write `not` to negate a condition (`!` at 7)', 7],
  ];
  it.each(cases)('%j → %s', (text, message, at) => {
    const error = errorOf(text);
    expect(error.message).toBe(message);
    expect(error.at).toBe(at);
  });
});

describe('constructs that are not formulas are refused by name', () => {
  const cases: [string, RegExp, number][] = [
    ['a.b', /^property access is not allowed/, 2],
    ['x.constructor', /^property access is not allowed/, 2],
    ['a = 2', /^assignment is not allowed/, 3],
    ['f(x) = x^2', /^defining a function is not allowed/, 6],
    ['(x) => x', /^defining a function is not allowed/, 5],
    ["'x'", /^strings are not allowed/, 1],
    ['"x"', /^strings are not allowed/, 1],
    ['`x`', /^strings are not allowed/, 1],
    ['[1, 2]', /^arrays, matrices and indexing are not allowed/, 1],
    ['x[0]', /^arrays, matrices and indexing are not allowed/, 2],
    ['{a: 1}', /^arrays, matrices and indexing are not allowed/, 1],
    ['x; 1', /^a formula is one expression: `;` is not allowed/, 2],
    ['__proto__', /^names cannot start with `_`/, 1],
    ['_x', /^names cannot start with `_`/, 1],
  ];
  it.each(cases)('%j', (text, message, at) => {
    const error = errorOf(text);
    expect(error.message).toMatch(message);
    expect(error.at).toBe(at);
  });

  const codeNames = [
    'constructor',
    'prototype',
    'import',
    'eval',
    'alert',
    'Function',
    'function',
    'return',
    'new',
    'this',
    'window',
    'document',
    'globalThis',
    'self',
    'require',
    'process',
    'fetch',
    'toString',
    'valueOf',
    'hasOwnProperty',
  ];
  it.each(codeNames)('%s is refused as a name and as a function', (name) => {
    expect(errorOf(`1 + ${name}`).message).toBe(`\`${name}\` is not allowed: formulas are not code (at 5)`);
    expect(errorOf(`${name}(x)`).message).toBe(`\`${name}\` is not allowed: formulas are not code (at 1)`);
  });

  it("refuses another axis's variable, naming both", () => {
    expect(errorOf('r + m', 'm')).toEqual({ message: "`r` is the residual's variable; this view's variable is `m` (at 1)", at: 1 });
    expect(errorOf('m * 2', 'r').message).toBe("`m` is the margin's variable; this view's variable is `r` (at 1)");
    expect(errorOf('1 - z', 'p').message).toBe("`z` is the logit's variable; this view's variable is `p` (at 5)");
    expect(errorOf('p', 'x').message).toBe("`p` is the probability's variable; this view's variable is `x` (at 1)");
    expect(errorOf('x + r', 'r').message).toBe("`x` is the general axis's variable; this view's variable is `r` (at 1)");
  });

  it("refuses the link's reserved names as parameters, but not as the variable", () => {
    expect(errorOf('at * x', 'x', ['x', 'at', 'loss'])).toEqual({ message: '`at` is reserved by the link; choose another name (at 1)', at: 1 });
    expect(compiled('x^2', 'x', ['x', 'at']).value(3, [])).toBe(9);
  });

  it('refuses more than 8 parameters and names longer than 24 characters', () => {
    expect(compiled('a+b+c+d+f+g+h+k').params).toHaveLength(8);
    expect(errorOf('a+b+c+d+f+g+h+k+q')).toEqual({ message: 'more than 8 parameters: `q` at 17', at: 17 });
    expect(compiled(`${'a'.repeat(24)} * x`).params).toEqual(['a'.repeat(24)]);
    expect(errorOf(`x + ${'a'.repeat(25)}`)).toEqual({ message: 'the name at 5 is 25 characters long; at most 24', at: 5 });
  });

  it('refuses the words of the grammar as names', () => {
    expect(errorOf('x * not').message).toBe('unexpected `not` at 5');
    expect(errorOf('else + 1').message).toBe('unexpected `else` at 1');
  });
});

describe('hostile input answers with a message or a bounded result', () => {
  it('10,000 nested parentheses: the length message from compile, the nesting message from the parser', () => {
    const text = `${'('.repeat(10_000)}x${')'.repeat(10_000)}`;
    expect(errorOf(text).message).toBe('the formula is 20001 characters long; at most 500');
    expect(() => parseFormula(text, 'x')).toThrow('nested more than 64 deep at 65');
  });

  it('nesting within the length limit: parentheses, calls, signs, exponents', () => {
    expect(errorOf(`${'('.repeat(100)}x${')'.repeat(100)}`)).toEqual({ message: 'nested more than 64 deep at 65', at: 65 });
    expect(compiled(`${'('.repeat(64)}x${')'.repeat(64)}`).value(2, [])).toBe(2);
    expect(errorOf(`${'exp('.repeat(70)}x${')'.repeat(70)}`).message).toBe('nested more than 64 deep at 260');
    expect(errorOf(`${'-'.repeat(100)}x`).message).toBe('nested more than 64 deep at 65');
    expect(errorOf(`${'x^'.repeat(100)}x`).message).toBe('nested more than 64 deep at 130');
    expect(errorOf(`where(${'not '.repeat(100)}x < 0, 1, 2)`).message).toBe('nested more than 64 deep at 259');
  });

  it('a 100 KB formula: the length message', () => {
    expect(errorOf('x+'.repeat(51_200))).toEqual({ message: 'the formula is 102400 characters long; at most 500' });
  });

  it('exp(exp(exp(x))): finite at 0, +∞ at 2, and its derivative likewise', () => {
    const f = compiled('exp(exp(exp(x)))');
    expect(f.value(0, [])).toBeCloseTo(Math.exp(Math.exp(1)), 12);
    expect(f.value(2, [])).toBe(Infinity);
    expect(f.derivative(0, [])).toBeCloseTo(Math.exp(Math.exp(1)) * Math.E, 10);
    expect(f.derivative(2, [])).toBe(Infinity);
  });

  it('0/0 is NaN everywhere', () => {
    const f = compiled('0/0');
    for (const x of [-1e300, -1, 0, 1, 1e300]) expect(f.value(x, [])).toBeNaN();
  });

  it('a long flat sum (deep tree, no nesting) compiles and evaluates', () => {
    const f = compiled(Array.from({ length: 250 }, () => 'x').join('+'));
    expect(f.value(2, [])).toBe(500);
    expect(f.derivative(2, [])).toBe(250);
    expect(f.dual(2, [])).toEqual([500, 250]);
  });

  it('a product of 125 factors: the derivative stays small and right', () => {
    const f = compiled(Array.from({ length: 125 }, () => 'x').join('*'));
    expect(f.value(1.01, [])).toBeCloseTo(1.01 ** 125, 9);
    expect(f.derivative(1.01, []) / (125 * 1.01 ** 124)).toBeCloseTo(1, 12);
  });
});

describe('any text gets an answer', () => {
  const pieces = ['x', 'a', 'b2', '1', '0.5', '2e3', '.', '(', ')', ',', '+', '-', '*', '/', '^', '**', '<', '<=', '==', '!=', '=', ' ', 'if ', ' then ', ' else ', ' and ', ' or ', 'not ', 'exp', 'max', 'where', 'clamp', 'pi', 'e', '_', '$', '[', "'", ';', 'r'];
  it('random token soup compiles or gets a placed message, never an exception or the fallback', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const r = compileExpression(text, 'x');
        if (r.ok) return;
        expect(r.error.message).not.toBe('the formula could not be read');
        expect(r.error.message.length).toBeGreaterThan(0);
        if (r.error.at !== undefined) {
          expect(r.error.at).toBeGreaterThanOrEqual(1);
          expect(r.error.at).toBeLessThanOrEqual(text.length + 1);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
