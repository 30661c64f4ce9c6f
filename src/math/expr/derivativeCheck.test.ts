import { describe, expect, it } from 'vitest';
import { compileExpression } from './compile';
import { checkDerivative, derivativeCheckText } from './derivativeCheck';
import type { TypedExpr } from './types';

function compiled(text: string, variable = 'r'): TypedExpr {
  const c = compileExpression(text, variable);
  if (!c.ok) throw new Error(c.error.message);
  return c.expr;
}

describe('the live check of the symbolic derivative against dual numbers', () => {
  it('finds them equal on typical losses and says so', () => {
    for (const t of ['abs(r)^q', 'log(cosh(r))', 'where(abs(r) <= q, 0.5*r^2, q*(abs(r) - 0.5*q))', 'sqrt(r)']) {
      const e = compiled(t);
      const c = checkDerivative(e, [1.5], [-4, 4]);
      expect(c.points).toBeGreaterThan(90);
      expect(c.worst).toBeLessThanOrEqual(1e-12);
      expect(derivativeCheckText(e, [1.5], [-4, 4])).toMatch(/^Derivative symbolic; it agrees with automatic differentiation (exactly|to \S+) at \d+ points of this range\.$/);
    }
  });

  it('compares only where both are finite, and says when there is nothing to compare', () => {
    const e = compiled('log(r)');
    expect(checkDerivative(e, [], [-4, 4]).points).toBe(100);
    expect(derivativeCheckText(compiled('0/0'), [], [-1, 1])).toBe('Derivative not checked: it is not finite anywhere on this range.');
  });

  it('reports a disagreement with the place and both numbers', () => {
    const real = compiled('r^2');
    const wrong: TypedExpr = { ...real, value: real.value, derivative: (x) => (x > 1 ? 0 : 2 * x), dual: real.dual, branchKey: real.branchKey, glsl: real.glsl };
    const c = checkDerivative(wrong, [], [-4, 4]);
    expect(c.worst).toBe(1);
    expect(derivativeCheckText(wrong, [], [-4, 4])).toMatch(/^Derivative symbolic; automatic differentiation gives \d+(\.\d+)? against 0 at r = \d/);
  });

  it('names dual numbers when they stand in for the symbolic derivative', () => {
    const c = compileExpression('sigmoid(sigmoid(r))', 'r', { derivativeNodeBudget: 1 });
    if (!c.ok) throw new Error(c.error.message);
    expect(c.expr.derivativeKind).toBe('dual');
    expect(derivativeCheckText(c.expr, [], [-1, 1])).toBe('Derivative by automatic differentiation (the symbolic one grew too long to use).');
  });
});
