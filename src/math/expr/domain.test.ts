import { describe, expect, it } from 'vitest';
import { compileExpression } from './compile';
import { undefinedParts } from './domain';
import type { TypedExpr } from './types';

/** The typed formula, compiled as the app compiles it. */
function typed(text: string, variable: string): TypedExpr {
  const r = compileExpression(text, variable);
  if (!r.ok) throw new Error(r.error.message);
  return r.expr;
}

/** A TypedExpr with only what undefinedParts reads (its variable and its values). */
function valuesOf(variable: string, value: (x: number, q: ArrayLike<number>) => number): TypedExpr {
  const never = () => {
    throw new Error('undefinedParts reads only value');
  };
  return {
    text: '',
    variable,
    params: [],
    value,
    derivative: never,
    dual: never,
    valueAndDerivative: never,
    branchKey: never,
    tex: '',
    python: '',
    glsl: never,
  };
}

describe('undefinedParts', () => {
  it('sqrt(r): undefined below 0, and 0 itself is kept', () => {
    expect(undefinedParts(typed('sqrt(r)', 'r'), [], [-5, 5])).toEqual(['undefined for r < 0']);
  });

  it('log(r): undefined below 0 and at 0 (−∞ there)', () => {
    expect(undefinedParts(typed('log(r)', 'r'), [], [-5, 5])).toEqual(['undefined for r ≤ 0']);
    // 0 not among the samples: the bisection still finds it
    expect(undefinedParts(typed('log(r)', 'r'), [], [-1, 2])).toEqual(['undefined for r ≤ 0']);
  });

  it('log(r) on a window starting at 0: one point, not finite', () => {
    expect(undefinedParts(typed('log(r)', 'r'), [], [0, 3])).toEqual(['not finite at r = 0']);
  });

  it('log(1 - r^2): both tails, each boundary left out', () => {
    expect(undefinedParts(typed('log(1 - r^2)', 'r'), [], [-2, 2])).toEqual(['undefined for r ≤ −1', 'undefined for r ≥ 1']);
  });

  it('log(r^2 - 1): the middle, with a Unicode minus', () => {
    expect(undefinedParts(typed('log(m^2 - 1)', 'm'), [], [-3, 3])).toEqual(['undefined for −1 ≤ m ≤ 1']);
  });

  it('a boundary away from round numbers: 3 significant digits, strict', () => {
    expect(undefinedParts(valuesOf('r', (r) => Math.sqrt(r - Math.SQRT2)), [], [-3, 3])).toEqual(['undefined for r < 1.41']);
    expect(undefinedParts(valuesOf('r', (r) => Math.sqrt(-1 / 3 - r)), [], [-3, 3])).toEqual(['undefined for r > −0.333']);
  });

  it('1/r: not finite at one point', () => {
    expect(undefinedParts(typed('1/r', 'r'), [], [-5, 5])).toEqual(['not finite at r = 0']);
  });

  it('exp(exp(exp(x))): not finite beyond about 1.88', () => {
    expect(undefinedParts(typed('exp(exp(exp(x)))', 'x'), [], [-5, 5])).toEqual(['not finite for x > 1.88']);
  });

  it('0/0: undefined everywhere', () => {
    expect(undefinedParts(typed('0/0', 'x'), [], [-5, 5])).toEqual(['undefined everywhere on this range']);
  });

  it('a formula defined everywhere: nothing to say', () => {
    expect(undefinedParts(typed('log(1 + exp(-m)) + max(0, 1 - m)^2', 'm'), [], [-5, 5])).toEqual([]);
  });

  it('reads the parameters: sqrt(r - a)', () => {
    expect(undefinedParts(typed('sqrt(r - a)', 'r'), [2.5], [-5, 5])).toEqual(['undefined for r < 2.5']);
  });

  it('more than three parts: three sentences and "and elsewhere"', () => {
    // undefined on (−4, −3), (−2, −1), (0, 1), (2, 3)
    const gaps = (x: number) => (Math.floor(x) % 2 === 0 && Math.floor(x) < 8 && x !== Math.floor(x) ? Number.NaN : x);
    const parts = undefinedParts(valuesOf('x', (x) => gaps(x + 4) - 4), [], [-5, 5]);
    expect(parts).toEqual(['undefined for −4 < x < −3', 'undefined for −2 < x < −1', 'undefined for 0 < x < 1', 'and elsewhere']);
  });
});
