/**
 * A formula's DAG flattened into a tape: its nodes in topological order (children first), one register each,
 * every instruction reading earlier registers. Evaluating is one loop over a Float64Array — never a recursive
 * walk — so a deep or heavily shared tree costs its number of distinct nodes and no stack.
 */
import { CONSTANTS, topological, type Node } from './ast';

/** Instruction codes. */
export const Op = {
  Const: 0,
  Var: 1,
  Param: 2,
  Neg: 3,
  Add: 4,
  Sub: 5,
  Mul: 6,
  Div: 7,
  Pow: 8,
  Abs: 9,
  Exp: 10,
  Log: 11,
  Log1p: 12,
  Expm1: 13,
  Sqrt: 14,
  Sigmoid: 15,
  Softplus: 16,
  Tanh: 17,
  Cosh: 18,
  Sinh: 19,
  Sign: 20,
  Relu: 21,
  Min: 22,
  Max: 23,
  Clamp: 24,
  Where: 25,
  Lt: 26,
  Le: 27,
  Gt: 28,
  Ge: 29,
  Eq: 30,
  Ne: 31,
  And: 32,
  Or: 33,
  Not: 34,
} as const;
export type OpCode = (typeof Op)[keyof typeof Op];

const BIN_OPS = { '+': Op.Add, '-': Op.Sub, '*': Op.Mul, '/': Op.Div, '^': Op.Pow } as const;
const CMP_OPS = { '<': Op.Lt, '<=': Op.Le, '>': Op.Gt, '>=': Op.Ge, '==': Op.Eq, '!=': Op.Ne } as const;
const CALL_OPS = {
  abs: Op.Abs,
  exp: Op.Exp,
  log: Op.Log,
  log1p: Op.Log1p,
  expm1: Op.Expm1,
  sqrt: Op.Sqrt,
  sigmoid: Op.Sigmoid,
  softplus: Op.Softplus,
  tanh: Op.Tanh,
  cosh: Op.Cosh,
  sinh: Op.Sinh,
  sign: Op.Sign,
  relu: Op.Relu,
  pow: Op.Pow,
  min: Op.Min,
  max: Op.Max,
  clamp: Op.Clamp,
  where: Op.Where,
} as const;

export interface Tape {
  /** Instruction i writes register i: op, then up to three argument registers. */
  readonly op: Uint8Array;
  readonly a: Int32Array;
  readonly b: Int32Array;
  readonly c: Int32Array;
  /**
   * Per instruction, which argument is constant in the variable: bit 0 the first, bit 1 the second, bit 2 the
   * third (used by derivative rules whose form depends on it, such as u^c and the tie of min and max).
   */
  readonly constArgs: Uint8Array;
  /** 1 where the node depends on the variable. */
  readonly varying: Uint8Array;
  /** Initial register contents: constants' values, NaN elsewhere. */
  readonly init: Float64Array;
  /** The register of each root. */
  readonly out: readonly number[];
  readonly length: number;
}

/** The tape computing `roots` (and every node they reach, each once). */
export function buildTape(roots: readonly Node[]): Tape {
  const nodes = topological(roots);
  const n = nodes.length;
  const reg = new Map<number, number>();
  nodes.forEach((node, i) => reg.set(node.id, i));
  const op = new Uint8Array(n);
  const a = new Int32Array(n).fill(-1);
  const b = new Int32Array(n).fill(-1);
  const c = new Int32Array(n).fill(-1);
  const constArgs = new Uint8Array(n);
  const init = new Float64Array(n).fill(NaN);
  const varying = Uint8Array.from(nodes, (node) => (node.hasVar ? 1 : 0));
  const set = (i: number, code: OpCode, args: readonly Node[]) => {
    op[i] = code;
    const regs = [a, b, c];
    args.forEach((arg, k) => {
      regs[k]![i] = reg.get(arg.id)!;
      if (!arg.hasVar) constArgs[i]! |= 1 << k;
    });
  };
  nodes.forEach((node, i) => {
    switch (node.kind) {
      case 'num':
        set(i, Op.Const, []);
        init[i] = node.value;
        break;
      case 'const':
        set(i, Op.Const, []);
        init[i] = CONSTANTS[node.name];
        break;
      case 'var':
        set(i, Op.Var, []);
        break;
      case 'param':
        set(i, Op.Param, []);
        a[i] = node.index;
        break;
      case 'neg':
        set(i, Op.Neg, [node.arg]);
        break;
      case 'not':
        set(i, Op.Not, [node.arg]);
        break;
      case 'bin':
        set(i, BIN_OPS[node.op], [node.left, node.right]);
        break;
      case 'cmp':
        set(i, CMP_OPS[node.op], [node.left, node.right]);
        break;
      case 'logic':
        set(i, node.op === 'and' ? Op.And : Op.Or, [node.left, node.right]);
        break;
      case 'call':
        set(i, CALL_OPS[node.fn], node.args);
        break;
    }
  });
  return { op, a, b, c, constArgs, varying, init, out: roots.map((r) => reg.get(r.id)!), length: n };
}

/** A register file for `tape`, with its constants loaded. */
export function registers(tape: Tape): Float64Array {
  return Float64Array.from(tape.init);
}
