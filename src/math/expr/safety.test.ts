import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileExpression } from './compile';

afterEach(() => {
  vi.unstubAllGlobals();
});

const TEXTS = [
  'log(1 + exp(-a*x))',
  'where(x < 0, abs(x)^q, max(0, 1 - x)^2 + 0.1*x^2)',
  'if (x < 0 or x > 1) and not x == 2 then clamp(x, lo, hi) else sigmoid(x)',
  'constructor',
  'x.constructor("alert(1)")()',
  '__proto__',
  'toString(x)',
  'Function("return 1")',
  'eval("x")',
  "'x'",
  'alert`1`',
  'x = 1',
  'f(x) = x',
  '[x][0]',
  '${x}',
];

describe('a formula is never run as code', () => {
  it('compiling and evaluating never reaches eval or the Function constructor', () => {
    const evalSpy = vi.fn<() => never>(() => {
      throw new Error('eval called');
    });
    const functionSpy = vi.fn<() => never>(() => {
      throw new Error('Function called');
    });
    vi.stubGlobal('eval', evalSpy);
    vi.stubGlobal('Function', functionSpy);
    let compiled = 0;
    for (const text of TEXTS) {
      const r = compileExpression(text, 'x');
      if (!r.ok) continue;
      compiled++;
      const q = r.expr.params.map(() => 0.5);
      for (const x of [-2, 0, 0.5, 3]) {
        r.expr.value(x, q);
        r.expr.derivative(x, q);
        r.expr.dual(x, q);
        r.expr.branchKey(x, q);
      }
    }
    expect(compiled).toBe(3);
    expect(evalSpy).not.toHaveBeenCalled();
    expect(functionSpy).not.toHaveBeenCalled();
  });

  it('gives names that read as code a message, never a parameter', () => {
    for (const text of TEXTS.slice(3)) {
      expect({ text, ok: compileExpression(text, 'x').ok }).toEqual({ text, ok: false });
    }
  });

  it('keeps parameters in a map: a name like hasOwnProperty or isPrototypeOf cannot reach a prototype', () => {
    const r = compileExpression('isPrototypeOf * x + propertyIsEnumerable', 'x');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.expr.params).toEqual(['isPrototypeOf', 'propertyIsEnumerable']);
    expect(r.expr.value(2, [3, 4])).toBe(10);
    expect(compileExpression('hasOwnProperty(x)', 'x')).toMatchObject({ ok: false });
  });
});
