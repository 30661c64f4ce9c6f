import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NodeFactory, topological, type Node } from './ast';
import { compileExpression, type CompiledFormula } from './compile';
import { derive } from './derive';
import { formulaArbitrary } from './formulaArbitrary';
import { parseFormula } from './parse';

const A = 1.3;
const B = 0.7;

function compiled(text: string, variable = 'x', derivativeNodeBudget?: number): CompiledFormula {
  const r = compileExpression(text, variable, derivativeNodeBudget === undefined ? {} : { derivativeNodeBudget });
  if (!r.ok) throw new Error(`${text}: ${r.error.message}`);
  return r.expr as CompiledFormula;
}

/** q in the order the formula named its parameters (a and b may appear in either order, or not at all). */
const paramsOf = (f: CompiledFormula) => f.params.map((n) => (n === 'a' ? A : B));

const same = (u: number, v: number) => u === v || (Number.isNaN(u) && Number.isNaN(v));
const close = (u: number, v: number, rel: number) => Math.abs(u - v) <= rel * Math.max(1, Math.abs(u), Math.abs(v));
const xs = fc.double({ min: -6, max: 6, noNaN: true });

describe('random formulas from the grammar', () => {
  it('value equals a reference built from the same tree', () => {
    fc.assert(
      fc.property(formulaArbitrary(), xs, (s, x) => {
        const f = compiled(s.text);
        const got = f.value(x, paramsOf(f));
        const want = s.ref(x, A, B);
        if (!same(got, want)) throw new Error(`${s.text} at ${x}: ${got}, reference ${want}`);
      }),
      { numRuns: 300 },
    );
  });

  it('the symbolic derivative equals the dual-number one wherever both are finite', () => {
    fc.assert(
      fc.property(formulaArbitrary(), xs, (s, x) => {
        const f = compiled(s.text);
        const q = paramsOf(f);
        const d = f.derivative(x, q);
        const [v, dd] = f.dual(x, q);
        expect(same(v, f.value(x, q))).toBe(true);
        if (Number.isFinite(d) && Number.isFinite(dd) && !close(d, dd, 1e-9)) throw new Error(`${s.text} at ${x}: ${d} vs dual ${dd}`);
      }),
      { numRuns: 300 },
    );
  });

  it('one pass for value and derivative gives exactly what the two separate ones give', () => {
    const out = new Float64Array(2);
    fc.assert(
      fc.property(formulaArbitrary(), xs, (s, x) => {
        const f = compiled(s.text);
        const q = paramsOf(f);
        f.valueAndDerivative(x, q, out);
        if (!same(out[0]!, f.value(x, q)) || !same(out[1]!, f.derivative(x, q))) throw new Error(`${s.text} at ${x}: ${out[0]}, ${out[1]}`);
      }),
      { numRuns: 300 },
    );
  });

  it('both agree with a central difference away from kinks', () => {
    let checked = 0;
    fc.assert(
      fc.property(formulaArbitrary(), fc.double({ min: -4, max: 4, noNaN: true }), (s, x) => {
        const f = compiled(s.text);
        const q = paramsOf(f);
        const h = 1e-5 * Math.max(1, Math.abs(x));
        const keys = [x - 2 * h, x, x + 2 * h].map((t) => f.branchKey(t, q));
        if (keys[0] !== keys[1] || keys[1] !== keys[2]) return;
        const [lo, mid, hi] = [f.value(x - h, q), f.value(x, q), f.value(x + h, q)];
        const d = f.derivative(x, q);
        const dd = f.dual(x, q)[1];
        // moderate magnitudes only: there round-off (≈ 1e-16·|ℓ|/h) and truncation (≈ h²·ℓ''') stay far below the tolerance
        if (![lo, mid, hi, d].every((v) => Number.isFinite(v) && Math.abs(v) < 100)) return;
        const halfStep = (f.value(x + h / 2, q) - f.value(x - h / 2, q)) / h;
        const central = (hi - lo) / (2 * h);
        // a singularity or a kink the key cannot see (sqrt or log near 0) shows as two step sizes that disagree
        if (!close(central, halfStep, 1e-6)) return;
        checked++;
        if (!close(d, central, 1e-5)) throw new Error(`${s.text} at ${x}: symbolic ${d}, central ${central}`);
        // dual numbers keep a 0·log(u) that the simplified symbolic form drops (x^where(…) with x < 0): NaN, left out
        if (!Number.isNaN(dd) && !close(dd, central, 1e-5)) throw new Error(`${s.text} at ${x}: dual ${dd}, central ${central}`);
      }),
      { numRuns: 400 },
    );
    // most random formulas are smooth at most points: the check above must have run, not been skipped
    expect(checked).toBeGreaterThan(100);
  });
});

describe('derivative rules at kinks', () => {
  // [formula, x, dℓ/dx there by the rules in derive.ts]
  const cases: [string, number, number][] = [
    ['abs(x)', 0, 0],
    ['abs(x)', -2, -1],
    ['relu(1 - x)', 1, -1],
    ['relu(x)', 0, 1],
    ['relu(x)', -1, 0],
    ['max(0, 1 - x)', 1, -1],
    ['max(1 - x, 0)', 1, -1],
    ['max(0, 1 - x)', 2, 0],
    ['min(x, 0)', 0, 1],
    ['min(0, x)', 0, 1],
    ['max(x, 2*x)', 0, 1],
    ['max(x, 2*x)', 1, 2],
    ['clamp(x, -1, 1)', 1, 1],
    ['clamp(x, -1, 1)', -1, 1],
    ['clamp(x, -1, 1)', 1.5, 0],
    ['clamp(x, -1, 1)', -1.5, 0],
    ['clamp(2, x, 3*x)', 2, 0],
    ['clamp(0, x, 3*x)', 1, 1],
    ['clamp(5, x, 3*x)', 1, 3],
    ['where(x < 0, -x, x^2)', 0, 0],
    ['where(x < 0, -x, x^2)', -1, -1],
    ['if x >= 1 then 3*x else x', 1, 3],
    ['sign(x) * 5', 0, 0],
    ['x^2', 0, 0],
    ['x^3', 2, 12],
    ['x^a', 2, A * 2 ** (A - 1)],
    ['2^x', 3, 8 * Math.LN2],
    ['x^x', 2, 4 * (Math.log(2) + 1)],
    ['sqrt(x)', 0, Infinity],
    ['log(x)', 0, Infinity],
    ['1/x', 2, -0.25],
    ['x/(1+x)', 1, 0.25],
    ['sigmoid(x)', 0, 0.25],
    ['softplus(x)', 0, 0.5],
    ['tanh(x)', 0, 1],
    ['log1p(x)', 1, 0.5],
    ['expm1(x)', 0, 1],
    ['cosh(x) + sinh(x)', 0, 1],
  ];
  it.each(cases)('d/dx %s at %d is %d, symbolic and dual', (text, x, want) => {
    const f = compiled(text);
    const q = f.params.map(() => A);
    expect(f.derivativeKind).toBe('symbolic');
    expect(f.derivative(x, q)).toBeCloseTo(want, 12);
    expect(f.dual(x, q)[1]).toBeCloseTo(want, 12);
  });
});

describe('branch keys', () => {
  it('change across a kink and stay put between kinks', () => {
    const f = compiled('abs(x) + max(0, 1 - x) + where(x < 3, 0, 1)');
    const key = (x: number) => f.branchKey(x, []);
    expect(key(-2)).toBe(key(-1));
    expect(key(-1)).not.toBe(key(0.5));
    expect(key(0.5)).toBe(key(0.9));
    expect(key(0.9)).not.toBe(key(2));
    expect(key(2)).not.toBe(key(4));
    expect(key(4)).toBe(key(100));
    expect(key(0)).not.toBe(key(-1));
    expect(key(0)).not.toBe(key(0.5));
  });

  it('is one value for a formula without kinks', () => {
    const f = compiled('log(1 + exp(-a*x))');
    expect(new Set([-5, -1, 0, 1, 5].map((x) => f.branchKey(x, [2]))).size).toBe(1);
  });
});

describe('the symbolic derivative', () => {
  it('is simplified: constants fold, zeros and ones vanish', () => {
    const f = compiled('3*x^2 + 2*x + 7');
    const { factory, root } = parseFormula('3*x^2 + 2*x + 7', 'x');
    const d = derive(factory, root)!;
    // 6·x + 2: the exponent 2 − 1 folded, x^1 = x, 3·(2·x) gathered, 0·x^2 and 7' gone
    const nodes = topological([d]);
    expect(nodes.map((n) => n.kind)).toEqual(['num', 'var', 'bin', 'num', 'bin']);
    expect(nodes.filter((n) => n.kind === 'num').map((n) => n.value)).toEqual([6, 2]);
    expect(f.derivative(5, [])).toBe(32);
    expect(f.derivativeRoot).toBeDefined();
  });

  it('merges wheres that share a branch: the clamp rule with constant bounds is one where', () => {
    const { factory, root } = parseFormula('clamp(x, -1, 1)', 'x');
    const d = derive(factory, root)!;
    expect(d.kind === 'call' && d.fn).toBe('where');
    const where = d as Extract<typeof d, { kind: 'call' }>;
    expect(where.args[0]!.kind).toBe('logic');
    expect(where.args.slice(1).map((n) => (n.kind === 'num' ? n.value : NaN))).toEqual([0, 1]);
  });

  it('shares the formula’s subterms (interned DAG) rather than copying them', () => {
    const { factory, root } = parseFormula('exp(exp(exp(exp(x))))', 'x');
    const before = factory.size;
    derive(factory, root);
    expect(factory.size - before).toBeLessThan(12);
  });

  it('over its node budget gives up, and compile falls back to dual numbers', () => {
    const f = new NodeFactory();
    const x = f.variable();
    let root: Node = x;
    for (let i = 0; i < 20; i++) root = f.bin('*', root, f.call('exp', [root]));
    expect(derive(f, root, 10)).toBeUndefined();

    const g = compiled('x^x^x * log(x)', 'x', 5);
    expect(g.derivativeKind).toBe('dual');
    expect(g.derivativeTex).toBeUndefined();
    expect(g.derivative(1.5, [])).toBe(g.dual(1.5, [])[1]);
    expect(Number.isFinite(g.derivative(1.5, []))).toBe(true);
  });
});
