/**
 * Random trees of every node kind, for the emitters' tests (TeX, Python, GLSL): a seeded generator, so a
 * failing tree is reproduced by its seed. Test support only; nothing in the app imports it.
 */
import { seededRng } from '../random';
import { FUNCTIONS, type BinOp, type CmpOp, type Fn, type Node, type NodeFactory } from './ast';

/** A seeded uniform generator on [0, 1): the project's mulberry32. */
export const seeded = (seed: number): (() => number) => seededRng(seed);

const BIN: readonly BinOp[] = ['+', '-', '*', '/', '^'];
const CMP: readonly CmpOp[] = ['<', '<=', '>', '>=', '==', '!='];
const FNS = Object.keys(FUNCTIONS) as Fn[];
const NUMBERS = [0, 1, 2, 3, 0.5, -1, -2.5, 1e-7, 12345.678, 0.1];
const PARAMS = ['a', 'q', 'alpha', 'w2', 'rate_1'];

/** A random condition (comparison, and, or, not) over random arithmetic of at most `depth` levels. */
export function randomCondition(f: NodeFactory, rnd: () => number, depth: number): Node {
  const k = Math.floor(rnd() * 5);
  const d = depth - 1;
  if (k === 3 && depth > 0) return f.logic(rnd() < 0.5 ? 'and' : 'or', randomCondition(f, rnd, d), randomCondition(f, rnd, d));
  if (k === 4 && depth > 0) return f.not(randomCondition(f, rnd, d));
  return f.cmp(CMP[Math.floor(rnd() * CMP.length)]!, randomTree(f, rnd, d), randomTree(f, rnd, d));
}

/** A random arithmetic tree of at most `depth` levels over the variable, numbers, constants and parameters. */
export function randomTree(f: NodeFactory, rnd: () => number, depth: number): Node {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  if (depth <= 0 || rnd() < 0.2) {
    const leaf = Math.floor(rnd() * 4);
    if (leaf === 0) return f.variable();
    if (leaf === 1) return f.num(pick(NUMBERS));
    if (leaf === 2) return f.constant(rnd() < 0.5 ? 'pi' : 'e');
    const i = Math.floor(rnd() * PARAMS.length);
    return f.param(i, PARAMS[i]!);
  }
  const d = depth - 1;
  const k = Math.floor(rnd() * 3);
  if (k === 0) return f.neg(randomTree(f, rnd, d));
  if (k === 1) return f.bin(pick(BIN), randomTree(f, rnd, d), randomTree(f, rnd, d));
  const fn = pick(FNS);
  if (fn === 'where') return f.call('where', [randomCondition(f, rnd, d), randomTree(f, rnd, d), randomTree(f, rnd, d)]);
  return f.call(fn, Array.from({ length: FUNCTIONS[fn] }, () => randomTree(f, rnd, d)));
}
