import { describe, expect, it } from 'vitest';
import { NodeFactory, type Node } from './ast';
import { compileExpression } from './compile';
import { pythonName, toPython } from './python';
import { randomTree, seeded } from './sampleTrees';

const f = new NodeFactory();
const x = f.variable();
const a = f.param(0, 'a');
const b = f.param(1, 'b');
const n = f.num;
const sq = (u: Node) => f.bin('^', u, n(2));

describe('toPython: hand-written cases', () => {
  const cases: [string, Node, string][] = [
    ['logistic', f.call('log', [f.bin('+', n(1), f.call('exp', [f.neg(f.bin('*', a, x))]))]), 'torch.log(1 + torch.exp(-(a * m)))'],
    ['abs to a parameter power', f.bin('^', f.call('abs', [x]), f.param(3, 'q')), 'torch.abs(m) ** q'],
    ['hinge with a constant side clamps', sq(f.call('max', [n(0), f.bin('-', n(1), x)])), 'torch.clamp(1 - m, min=0) ** 2'],
    ['min with a constant side clamps from above', f.call('min', [x, a]), 'torch.clamp(m, max=a)'],
    ['max of two tensors', f.call('max', [x, sq(x)]), 'torch.maximum(m, m ** 2)'],
    ['max of two floats stays Python', f.bin('*', f.call('max', [a, b]), x), 'max(a, b) * m'],
    ['float functions use math', f.bin('*', f.call('exp', [a]), f.call('log1p', [x])), 'math.exp(a) * torch.log1p(m)'],
    ['a float through a tensor-only function', f.bin('*', f.call('sigmoid', [a]), x), 'torch.sigmoid(torch.as_tensor(a)) * m'],
    ['softplus', f.call('softplus', [f.neg(x)]), 'torch.nn.functional.softplus(-m)'],
    ['relu and sign', f.bin('*', f.call('relu', [x]), f.call('sign', [x])), 'torch.relu(m) * torch.sign(m)'],
    ['clamp with float bounds', f.call('clamp', [x, n(-1), a]), 'torch.clamp(m, -1, a)'],
    ['clamp with a bound in the variable', f.call('clamp', [a, x, n(2)]), 'torch.clamp(torch.as_tensor(a), m, torch.as_tensor(2))'],
    ['clamp of floats', f.bin('+', f.call('clamp', [a, n(0), b]), x), 'min(max(a, 0), b) + m'],
    [
      'where over a tensor condition, & and ~ parenthesized',
      f.call('where', [f.logic('and', f.cmp('>', x, n(0)), f.not(f.cmp('>=', x, a))), x, n(0)]),
      'torch.where((m > 0) & ~(m >= a), m, 0.0)',
    ],
    ['or of tensors', f.call('where', [f.logic('or', f.cmp('<', x, n(-1)), f.cmp('>', x, n(1))), n(1), n(0)]), 'torch.where((m < -1) | (m > 1), 1.0, 0.0)'],
    [
      'a float condition is a Python conditional',
      f.bin('*', f.call('where', [f.logic('and', f.cmp('>', a, n(0)), f.not(f.cmp('==', b, n(1)))), a, b]), x),
      '(a if a > 0 and not b == 1 else b) * m',
    ],
    ['constants', f.bin('*', f.constant('pi'), f.constant('e')), 'math.pi * math.e'],
  ];
  it.each(cases)('%s', (_, root, expected) => {
    expect(toPython(root, 'm')).toBe(expected);
  });
});

describe('toPython: precedence', () => {
  const cases: [string, Node, string][] = [
    ['minus of a power needs no parentheses: -x**2 is -(x**2)', f.neg(sq(x)), '-x ** 2'],
    ['a power of a negation does', sq(f.neg(x)), '(-x) ** 2'],
    ['a negative number as a base', f.bin('^', n(-2), x), '(-2) ** x'],
    ['a negative exponent needs none', f.bin('^', n(2), f.neg(x)), '2 ** -x'],
    ['powers are right-associative', f.bin('^', x, f.bin('^', a, b)), 'x ** a ** b'],
    ['so a left-nested power keeps its parentheses', f.bin('^', f.bin('^', x, a), b), '(x ** a) ** b'],
    ['a product in a divisor', f.bin('/', x, f.bin('*', a, b)), 'x / (a * b)'],
    ['a quotient as a factor', f.bin('*', f.bin('/', x, a), b), 'x / a * b'],
    ['a difference on the right of minus', f.bin('-', x, f.bin('-', a, b)), 'x - (a - b)'],
    ['a sum on the left of minus', f.bin('-', f.bin('+', x, a), b), 'x + a - b'],
    ['a negation of a negation', f.neg(f.neg(x)), '-(-x)'],
    ['a sum times a sum', f.bin('*', f.bin('+', x, n(1)), f.bin('-', x, n(1))), '(x + 1) * (x - 1)'],
    ['a comparison in arithmetic', f.bin('*', f.cmp('>', x, n(0)), x), '(x > 0) * x'],
    ['a comparison of a comparison never chains', f.call('where', [f.cmp('==', f.cmp('<', x, a), f.cmp('<', x, b)), x, n(0)]), 'torch.where((x < a) == (x < b), x, 0.0)'],
    ['and binds tighter than or', f.call('where', [f.logic('or', f.cmp('>', x, n(0)), f.logic('and', f.cmp('<', x, a), f.cmp('<', x, b))), x, n(0)]), 'torch.where((x > 0) | (x < a) & (x < b), x, 0.0)'],
    ['or inside and keeps its parentheses', f.call('where', [f.logic('and', f.logic('or', f.cmp('>', x, n(0)), f.cmp('<', x, a)), f.cmp('<', x, b)), x, n(0)]), 'torch.where(((x > 0) | (x < a)) & (x < b), x, 0.0)'],
    ['numbers read back exactly', f.bin('+', f.bin('*', n(1e-7), x), n(0.1)), '1e-7 * x + 0.1'],
  ];
  it.each(cases)('%s', (_, root, expected) => {
    expect(toPython(root, 'x')).toBe(expected);
  });
});

describe('toPython: names', () => {
  it('renames a parameter that is a Python keyword or a module the snippet uses', () => {
    expect(pythonName('lambda')).toBe('lambda_');
    expect(pythonName('torch')).toBe('torch_');
    expect(pythonName('alpha')).toBe('alpha');
    expect(toPython(f.bin('*', f.param(2, 'lambda'), x), 'x')).toBe('lambda_ * x');
  });

  it('writes only names of the snippet: the variable, parameters, torch, math and Python built-ins', () => {
    const rnd = seeded(7);
    const g = new NodeFactory();
    const allowed = new Set(['x', 'a', 'q', 'alpha', 'w2', 'rate_1', 'torch', 'math', 'abs', 'min', 'max', 'if', 'else', 'and', 'or', 'not']);
    for (let i = 0; i < 200; i++) {
      const py = toPython(randomTree(g, rnd, 5), 'x');
      // names outside attribute access (torch.nn.functional.softplus counts as torch), numbers' exponents aside
      const names = py.replace(/\.\w+/g, '').replace(/\d(e[-+]?\d+)/g, '').match(/[A-Za-z_]\w*/g) ?? [];
      expect(names.filter((w) => !allowed.has(w))).toEqual([]);
    }
  });
});

describe('toPython: typed formulas, through compileExpression', () => {
  it.each([
    ['max(0, 1 - m)^2 + 0.1*m^2', 'm', 'torch.clamp(1 - m, min=0) ** 2 + 0.1 * m ** 2'],
    ['softplus(-z) + lambda*z^2', 'z', 'torch.nn.functional.softplus(-z) + lambda_ * z ** 2'],
    ['where(p > 0 and p < 1, -log(p), 0)', 'p', 'torch.where((p > 0) & (p < 1), -torch.log(p), 0.0)'],
    ['-x^2', 'x', '-x ** 2'],
    ['(-x)^2', 'x', '(-x) ** 2'],
    ['2^-x', 'x', '2 ** -x'],
    ['if a > 1 then x else exp(a) * x', 'x', 'x if a > 1 else math.exp(a) * x'],
    ['abs(r)^q / (1 + e^(-r))', 'r', 'torch.abs(r) ** q / (1 + math.e ** -r)'],
  ])('%s', (text, variable, expected) => {
    const r = compileExpression(text, variable);
    expect(r.ok && r.expr.python).toBe(expected);
  });
});
