import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NodeFactory, topological, type Node } from './ast';
import { compileExpression } from './compile';
import { formulaArbitrary } from './formulaArbitrary';
import { glslFloat, toGlsl } from './glsl';
import { GLSL_HELPERS } from './glslHelpers';
import { randomTree, seeded } from './sampleTrees';

const f = new NodeFactory();
const x = f.variable();
const a = f.param(0, 'a');
const n = f.num;
const uniform = (name: string) => `u_${name}`;

/** Every identifier GLSL ES knows that the emitter may use (types, built-ins, keywords). */
const GLSL_WORDS = new Set([
  'float', 'bool', 'vec3', 'return', 'if', 'true', 'false', 'abs', 'exp', 'log', 'sqrt', 'sign', 'min', 'max', 'pow', 'mod', 'floor',
]);
/** The emitter's own names: t<id> values, k<id> flags, the final locals, and the helpers' locals and arguments. */
const OWN_NAME = /^(?:t\d+|k\d+|own_\w+|value|slope|ok|profileGuarded)$/;
const HELPER_LOCALS = new Set(['x', 'a', 'b', 'k', 'e', 's', 's2', 'p']);

function identifiers(src: string): string[] {
  return src.replace(/\d+\.\d+(?:e[-+]?\d+)?/g, '0').match(/[A-Za-z_]\w*/g) ?? [];
}

function bodyOf(src: string): string {
  return src.slice(src.indexOf('vec3 profileGuarded'));
}

/** The declared names (t…, k…) of the body, in order. */
function declared(src: string): string[] {
  return [...bodyOf(src).matchAll(/^\s+(?:float|bool) (\w+) =/gm)].map((m) => m[1]!);
}

describe('glslFloat', () => {
  it.each([
    [2, '2.0'],
    [0.5, '0.5'],
    [-0.5, '(-0.5)'],
    [1e-7, '1.0e-7'],
    [1.5e-7, '1.5e-7'],
    [2.5e21, '2.5e+21'],
    [123456.789, '123456.789'],
    [0, '0.0'],
    [1e-40, '0.0'],
  ])('%s → %s', (v, s) => {
    expect(glslFloat(v)).toBe(s);
  });

  it('refuses what float32 cannot hold', () => {
    expect(glslFloat(Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(glslFloat(Number.NaN)).toBeUndefined();
    expect(glslFloat(1e39)).toBeUndefined();
  });
});

describe('toGlsl: structure', () => {
  // ℓ = log(1 + e^{-a m}), ℓ' = -a σ(-a m), written as a derivative would share the subterm -a m
  const am = f.neg(f.bin('*', a, x));
  const value = f.call('log', [f.bin('+', n(1), f.call('exp', [am]))]);
  const slope = f.bin('*', f.neg(a), f.call('sigmoid', [am]));
  const src = toGlsl(value, slope, 'm', uniform);

  it('declares one statement per inner node of both trees, each once, before its use', () => {
    const inner = topological([value, slope]).filter((m) => !['num', 'var', 'param', 'const'].includes(m.kind));
    const names = declared(src).filter((s) => s.startsWith('t'));
    expect(names.toSorted()).toEqual(inner.map((m) => `t${m.id}`).toSorted());
    const body = bodyOf(src);
    for (const name of names) {
      const uses = [...body.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].map((m) => m.index);
      expect(body.indexOf(`float ${name} =`)).toBe(uses[0]! - 'float '.length);
    }
  });

  it('reads the parameter through its uniform and calls the helpers it needs, defined once', () => {
    expect(src).toContain('u_a');
    expect(src).toContain('own_sigmoid(');
    expect(src.match(/float own_sigmoid\(/g)).toHaveLength(1);
    expect(src).not.toContain('float own_tanh(');
  });

  it('flags the log only through its own check, and ends with the finiteness test', () => {
    expect(src).toMatch(/bool k\d+ = t\d+ > 0\.0;/);
    expect(src).toContain('if (!(abs(value) < 1.0e37) || !(abs(slope) < 1.0e37)) ok = false;');
    expect(src).toContain('return ok ? vec3(value, slope, 1.0) : vec3(0.0, 0.0, 0.0);');
  });
});

describe('toGlsl: domain flags', () => {
  it('a guarded branch takes the flag of the branch selected', () => {
    const v = f.call('where', [f.cmp('>', x, n(0)), f.call('log', [x]), n(0)]);
    const d = f.call('where', [f.cmp('>', x, n(0)), f.bin('/', n(1), x), n(0)]);
    const src = toGlsl(v, d, 'x', uniform);
    expect(src).toMatch(/bool k(\d+) = \(t\d+ \? k\d+ : true\);/);
    expect(src).toContain('x != 0.0');
    expect(src).toContain('x > 0.0');
  });

  it('sqrt, log1p, a divisor, a fractional power and a general power have their checks', () => {
    const src = toGlsl(
      f.bin('+', f.bin('+', f.call('sqrt', [x]), f.call('log1p', [x])), f.bin('/', a, f.bin('-', x, n(1)))),
      f.bin('+', f.bin('^', x, n(0.5)), f.bin('^', x, a)),
      'r',
      uniform,
    );
    expect(src).toContain('r >= 0.0');
    expect(src).toContain('r > -1.0');
    expect(src).toMatch(/t\d+ != 0\.0/);
    expect(src).toContain('pow(r, 0.5)');
    expect(src).toContain('own_powOk(r, u_a)');
  });

  it('integer powers: 2 and 3 multiply, others keep the sign of a negative base, a negative one checks for zero', () => {
    const src = toGlsl(f.bin('+', f.bin('^', x, n(2)), f.bin('^', x, n(3))), f.bin('+', f.bin('^', x, n(5)), f.bin('^', x, n(-2))), 'r', uniform);
    expect(src).toContain('= r * r;');
    expect(src).toContain('= r * r * r;');
    expect(src).toContain('own_powi(r, 5.0)');
    expect(src).toContain('own_powi(r, (-2.0))');
    expect(src).toContain('r != 0.0');
    expect(src).not.toContain('own_powOk');
  });

  it('a constant that float32 cannot hold makes the result not ok rather than a bad literal', () => {
    const src = toGlsl(f.bin('*', n(1e300), x), n(1e300), 'x', uniform);
    expect(src).not.toMatch(/e\+300/);
    expect(src).toContain('bool ok = false;');
  });
});

describe('toGlsl: every node kind, random trees', () => {
  const rnd = seeded(11);
  const g = new NodeFactory();
  const trees: [Node, Node][] = Array.from({ length: 200 }, () => [randomTree(g, rnd, 5), randomTree(g, rnd, 5)]);
  // parameter names a formula might carry, none of which may reach the source except through the uniform
  const hostile = new NodeFactory();
  const sneaky = hostile.bin('*', hostile.param(0, 'constructor'), hostile.call('exp', [hostile.bin('*', hostile.param(1, 'main'), hostile.variable())]));
  const opaque = (name: string) => `u_${[...name].map((c) => c.charCodeAt(0)).join('_')}`;

  it('uses only t/k names, own_ helpers, GLSL built-ins, the variable and the uniforms given', () => {
    const uniforms = new Set(['a', 'q', 'alpha', 'w2', 'rate_1'].map(uniform));
    for (const [v, d] of trees) {
      const src = toGlsl(v, d, 'x', uniform);
      const unknown = identifiers(src).filter((w) => !(GLSL_WORDS.has(w) || OWN_NAME.test(w) || HELPER_LOCALS.has(w) || uniforms.has(w)));
      expect(unknown).toEqual([]);
    }
  });

  it('writes every literal with a decimal point, every statement as one assignment, parentheses balanced', () => {
    for (const [v, d] of trees) {
      const src = toGlsl(v, d, 'x', uniform);
      const body = bodyOf(src);
      expect(body.match(/\b\d+(?:\.\d*)?(?:e[-+]?\d+)?\b/g)?.filter((s) => !/^\d+\.\d+(?:e[-+]?\d+)?$/.test(s)) ?? []).toEqual([]);
      const names = declared(src);
      expect(new Set(names).size).toBe(names.length);
      expect(src.split('(').length).toBe(src.split(')').length);
      expect(src.split('{').length).toBe(src.split('}').length);
    }
  });

  it('every helper called is defined before the function', () => {
    for (const [v, d] of trees) {
      const src = toGlsl(v, d, 'x', uniform);
      const start = src.indexOf('vec3 profileGuarded');
      const called = Object.keys(GLSL_HELPERS).filter((name) => bodyOf(src).includes(`${name}(`));
      expect(called.filter((name) => !(src.indexOf(`${name}(`) < start))).toEqual([]);
    }
  });

  it('a parameter name reaches the source only through the uniform', () => {
    const src = toGlsl(sneaky, sneaky, 'x', opaque);
    expect(src).not.toMatch(/constructor|main/);
    expect(src).toContain(opaque('constructor'));
  });
});

describe('toGlsl: comparisons of a failed operand', () => {
  it('decide the comparison (false, or true for !=) as NaN does in float64, leaving the formula defined', () => {
    const v = f.call('where', [f.cmp('>', f.call('log', [x]), n(0)), n(1), n(2)]);
    const ne = f.call('where', [f.cmp('!=', f.call('sqrt', [x]), n(0)), n(1), n(2)]);
    const src = toGlsl(v, ne, 'x', uniform);
    expect(src).toMatch(/bool t\d+ = k\d+ \? t\d+ > 0\.0 : false;/);
    expect(src).toMatch(/bool t\d+ = k\d+ \? t\d+ != 0\.0 : true;/);
    expect(src).toContain('bool ok = true;');
  });
});

describe('toGlsl: typed formulas, through compileExpression', () => {
  it('random formulas of the grammar: only our names, parameters only through the uniform', () => {
    fc.assert(
      fc.property(formulaArbitrary(4), ({ text }) => {
        const r = compileExpression(text, 'x');
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const names = r.expr.params;
        const src = r.expr.glsl((name) => `u_${names.indexOf(name)}`);
        const unknown = identifiers(src).filter((w) => !(GLSL_WORDS.has(w) || OWN_NAME.test(w) || HELPER_LOCALS.has(w) || /^u_\d+$/.test(w)));
        expect(unknown).toEqual([]);
        expect(src).toContain('vec3 profileGuarded(float x) {');
      }),
      { numRuns: 150, seed: 11 },
    );
  });

  it('a guarded log typed with if-then-else keeps its flag to the branch taken', () => {
    const r = compileExpression('if m > 0 then log(m) else 0', 'm');
    expect(r.ok).toBe(true);
    const src = r.ok ? r.expr.glsl((name) => `u_${name}`) : '';
    expect(src).toMatch(/bool k\d+ = \(t\d+ \? k\d+ : true\);/);
    expect(src).toMatch(/bool k\d+ = m > 0\.0;/);
  });
});
