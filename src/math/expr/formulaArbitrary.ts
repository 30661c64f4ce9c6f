/**
 * Random formulas for property tests: each is built twice from one random tree, as text in the grammar and as
 * a plain JavaScript function of (x, a, b) that computes the same float64 operations, so the parser and the
 * tapes can be checked against a reference that shares none of their code.
 */
import fc from 'fast-check';
import { sigmoid, softplus } from '../numerics';
import { MAX_OWN_LENGTH } from '../own/def';

export interface Sample {
  readonly text: string;
  readonly ref: (x: number, a: number, b: number) => number;
}
type Cond = Sample;

const sign = (v: number) => (v > 0 ? 1 : v < 0 ? -1 : v === 0 ? 0 : NaN);

const UNARY: Record<string, (v: number) => number> = {
  abs: Math.abs,
  exp: Math.exp,
  log: Math.log,
  log1p: Math.log1p,
  expm1: Math.expm1,
  sqrt: Math.sqrt,
  sigmoid,
  softplus,
  tanh: Math.tanh,
  cosh: Math.cosh,
  sinh: Math.sinh,
  sign,
  relu: (v) => Math.max(0, v),
};

const BINARY: Record<string, (u: number, v: number) => number> = {
  '+': (u, v) => u + v,
  '-': (u, v) => u - v,
  '*': (u, v) => u * v,
  '/': (u, v) => u / v,
  '^': Math.pow,
  pow: Math.pow,
  min: Math.min,
  max: Math.max,
};

const CMP: Record<string, (u: number, v: number) => boolean> = {
  '<': (u, v) => u < v,
  '<=': (u, v) => u <= v,
  '>': (u, v) => u > v,
  '>=': (u, v) => u >= v,
  '==': (u, v) => u === v,
  '!=': (u, v) => u !== v,
};

const leaf: fc.Arbitrary<Sample> = fc.oneof(
  fc.constant<Sample>({ text: 'x', ref: (x) => x }),
  fc.constant<Sample>({ text: 'a', ref: (_x, a) => a }),
  fc.constant<Sample>({ text: 'b', ref: (_x, _a, b) => b }),
  fc.constant<Sample>({ text: 'pi', ref: () => Math.PI }),
  fc.constantFrom(0.5, 1, 2, 3, 0.25, 1.5).map<Sample>((v) => ({ text: String(v), ref: () => v })),
);

/** Formulas of at most `maxDepth` levels in x and the parameters a, b, no longer than a typed formula may be. */
export function formulaArbitrary(maxDepth = 4): fc.Arbitrary<Sample> {
  const { formula } = fc.letrec<{ formula: Sample; cond: Cond }>((tie) => ({
    formula: fc.oneof(
      { depthSize: 'small', maxDepth, withCrossShrink: true },
      leaf,
      fc.tuple(fc.constantFrom(...Object.keys(UNARY)), tie('formula')).map<Sample>(([fn, u]) => ({
        text: `${fn}(${u.text})`,
        ref: (x, a, b) => UNARY[fn]!(u.ref(x, a, b)),
      })),
      tie('formula').map<Sample>((u) => ({ text: `-(${u.text})`, ref: (x, a, b) => -u.ref(x, a, b) })),
      fc.tuple(fc.constantFrom(...Object.keys(BINARY)), tie('formula'), tie('formula')).map<Sample>(([op, u, v]) => ({
        text: /^[a-z]/.test(op) ? `${op}(${u.text}, ${v.text})` : `(${u.text}) ${op} (${v.text})`,
        ref: (x, a, b) => BINARY[op]!(u.ref(x, a, b), v.ref(x, a, b)),
      })),
      fc.tuple(tie('formula'), tie('formula'), tie('formula')).map<Sample>(([u, lo, hi]) => ({
        text: `clamp(${u.text}, ${lo.text}, ${hi.text})`,
        ref: (x, a, b) => Math.min(Math.max(u.ref(x, a, b), lo.ref(x, a, b)), hi.ref(x, a, b)),
      })),
      fc.tuple(fc.boolean(), tie('cond'), tie('formula'), tie('formula')).map<Sample>(([asIf, c, u, v]) => ({
        text: asIf ? `(if ${c.text} then ${u.text} else ${v.text})` : `where(${c.text}, ${u.text}, ${v.text})`,
        ref: (x, a, b) => (c.ref(x, a, b) !== 0 ? u.ref(x, a, b) : v.ref(x, a, b)),
      })),
    ),
    cond: fc.oneof(
      { depthSize: 'small', maxDepth: 2 },
      fc.tuple(fc.constantFrom(...Object.keys(CMP)), tie('formula'), tie('formula')).map<Cond>(([op, u, v]) => ({
        text: `${u.text} ${op} ${v.text}`,
        ref: (x, a, b) => (CMP[op]!(u.ref(x, a, b), v.ref(x, a, b)) ? 1 : 0),
      })),
      fc.tuple(fc.constantFrom('and', 'or'), tie('cond'), tie('cond')).map<Cond>(([op, c, d]) => ({
        text: `(${c.text}) ${op} (${d.text})`,
        ref: (x, a, b) => {
          const [p, q] = [c.ref(x, a, b) !== 0, d.ref(x, a, b) !== 0];
          return (op === 'and' ? p && q : p || q) ? 1 : 0;
        },
      })),
      tie('cond').map<Cond>((c) => ({ text: `not (${c.text})`, ref: (x, a, b) => (c.ref(x, a, b) !== 0 ? 0 : 1) })),
    ),
  }));
  return formula.filter((s) => s.text.length <= MAX_OWN_LENGTH);
}
