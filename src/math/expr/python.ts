/**
 * A formula's tree as one PyTorch expression: the variable is a tensor, parameters are Python floats. What
 * depends on the variable goes through torch (torch.exp, torch.where, &, |, ~); what does not stays plain
 * Python (math.exp, max, and, not), since torch's functions take tensors. Parentheses follow Python's
 * precedence, fewest that keep the meaning. Each node is written once (memoized on its id).
 */
import { topological, type Node } from './ast';

/** Python's binding strengths, loosest first. */
const P = { If: 1, Or: 2, And: 3, Not: 4, Cmp: 5, BitOr: 6, BitAnd: 8, Sum: 10, Prod: 11, Unary: 12, Pow: 13, Atom: 14 } as const;

interface Piece {
  readonly s: string;
  readonly p: number;
}

const KEYWORDS = new Set(
  ('False None True and as assert async await break class continue def del elif else except finally for from ' +
    'global if import in is lambda nonlocal not or pass raise return try while with yield torch math F').split(' '),
);

/** The Python name of parameter `name`: itself, or with a trailing _ when it is a keyword or a module we use (lambda → lambda_). */
export function pythonName(name: string): string {
  return KEYWORDS.has(name) ? `${name}_` : name;
}

/** A float literal Python reads back as the same float64. */
function pyNumber(v: number): string {
  if (Number.isNaN(v)) return 'math.nan';
  if (!Number.isFinite(v)) return v > 0 ? 'math.inf' : '-math.inf';
  return Object.is(v, -0) ? '-0.0' : String(v);
}

const paren = (t: Piece, min: number) => (t.p >= min ? t.s : `(${t.s})`);

/** Unary functions: the torch spelling for a tensor argument, the Python one for a float. */
const UNARY: Readonly<Record<string, readonly [tensor: string, float: string]>> = {
  abs: ['torch.abs', 'abs'],
  exp: ['torch.exp', 'math.exp'],
  log: ['torch.log', 'math.log'],
  log1p: ['torch.log1p', 'math.log1p'],
  expm1: ['torch.expm1', 'math.expm1'],
  sqrt: ['torch.sqrt', 'math.sqrt'],
  tanh: ['torch.tanh', 'math.tanh'],
  cosh: ['torch.cosh', 'math.cosh'],
  sinh: ['torch.sinh', 'math.sinh'],
  // no float form in Python's math module: the float goes through a zero-dimensional tensor
  sigmoid: ['torch.sigmoid', 'torch.sigmoid'],
  softplus: ['torch.nn.functional.softplus', 'torch.nn.functional.softplus'],
  sign: ['torch.sign', 'torch.sign'],
  relu: ['torch.relu', 'torch.relu'],
};
const NEEDS_TENSOR = new Set(['sigmoid', 'softplus', 'sign', 'relu']);

type Get = (n: Node) => Piece;

const atom = (s: string): Piece => ({ s, p: P.Atom });

function minMax(fn: 'min' | 'max', l: Node, r: Node, get: Get): Piece {
  const [a, b] = [get(l).s, get(r).s];
  if (l.hasVar && r.hasVar) return atom(`torch.${fn}imum(${a}, ${b})`);
  const bound = fn === 'max' ? 'min' : 'max';
  if (l.hasVar) return atom(`torch.clamp(${a}, ${bound}=${b})`);
  if (r.hasVar) return atom(`torch.clamp(${b}, ${bound}=${a})`);
  return atom(`${fn}(${a}, ${b})`);
}

function call(n: Extract<Node, { kind: 'call' }>, get: Get): Piece {
  const args = n.args.map(get);
  const u = args[0]!;
  switch (n.fn) {
    case 'pow':
      return power(u, args[1]!);
    case 'min':
    case 'max':
      return minMax(n.fn, n.args[0]!, n.args[1]!, get);
    case 'clamp': {
      if (!n.hasVar) return atom(`min(max(${u.s}, ${args[1]!.s}), ${args[2]!.s})`);
      // torch.clamp takes float bounds or tensor bounds, not one of each: bounds in the variable make all tensors
      const tensors = n.args[1]!.hasVar || n.args[2]!.hasVar;
      const [x, lo, hi] = n.args.map((m, i) => (m.hasVar || (!tensors && i > 0) ? args[i]!.s : `torch.as_tensor(${args[i]!.s})`));
      return atom(`torch.clamp(${x}, ${lo}, ${hi})`);
    }
    case 'where':
      if (n.args[0]!.hasVar) {
        // an integer literal as a branch would make torch.where's result an integer tensor
        const [yes, no] = [1, 2].map((i) => (/^-?\d+$/.test(args[i]!.s) ? `${args[i]!.s}.0` : args[i]!.s));
        return atom(`torch.where(${u.s}, ${yes}, ${no})`);
      }
      return { s: `${paren(args[1]!, P.Or)} if ${paren(u, P.Or)} else ${paren(args[2]!, P.If)}`, p: P.If };
    default: {
      const [tensor, float] = UNARY[n.fn]!;
      if (n.args[0]!.hasVar) return atom(`${tensor}(${u.s})`);
      return atom(NEEDS_TENSOR.has(n.fn) ? `${float}(torch.as_tensor(${u.s}))` : `${float}(${u.s})`);
    }
  }
}

/** `a ** b`: ** binds tighter than a unary minus on its left and looser than one on its right (2 ** -x). */
function power(base: Piece, exponent: Piece): Piece {
  return { s: `${paren(base, P.Atom)} ** ${paren(exponent, P.Unary)}`, p: P.Pow };
}

const BIN_P = { '+': P.Sum, '-': P.Sum, '*': P.Prod, '/': P.Prod } as const;

function piece(n: Node, get: Get, variable: string): Piece {
  switch (n.kind) {
    case 'num': {
      const s = pyNumber(n.value);
      return { s, p: s.startsWith('-') ? P.Unary : P.Atom };
    }
    case 'var':
      return atom(variable);
    case 'param':
      return atom(pythonName(n.name));
    case 'const':
      return atom(`math.${n.name}`);
    case 'neg': {
      const u = get(n.arg);
      return { s: `-${u.p >= P.Unary && !u.s.startsWith('-') ? u.s : `(${u.s})`}`, p: P.Unary };
    }
    case 'bin': {
      if (n.op === '^') return power(get(n.left), get(n.right));
      const p = BIN_P[n.op];
      return { s: `${paren(get(n.left), p)} ${n.op} ${paren(get(n.right), p + 1)}`, p };
    }
    case 'call':
      return call(n, get);
    case 'cmp':
      // comparisons chain in Python (a < b < c), so a comparison operand is always parenthesized
      return { s: `${paren(get(n.left), P.BitOr)} ${n.op} ${paren(get(n.right), P.BitOr)}`, p: P.Cmp };
    case 'logic': {
      // on tensors & and |, which bind tighter than comparisons; on Python bools and, or
      if (!n.hasVar) {
        const p = n.op === 'and' ? P.And : P.Or;
        return { s: `${paren(get(n.left), p)} ${n.op} ${paren(get(n.right), p + 1)}`, p };
      }
      const p = n.op === 'and' ? P.BitAnd : P.BitOr;
      return { s: `${paren(get(n.left), p)} ${n.op === 'and' ? '&' : '|'} ${paren(get(n.right), p + 1)}`, p };
    }
    case 'not':
      return n.hasVar ? { s: `~${paren(get(n.arg), P.Unary)}`, p: P.Unary } : { s: `not ${paren(get(n.arg), P.Not)}`, p: P.Not };
  }
}

/**
 * `root` as a PyTorch expression over a tensor named `variable`, parameters as Python floats named by
 * pythonName. Written from the tree, so its length is that of the formula, never of an expanded derivative.
 */
export function toPython(root: Node, variable: string): string {
  const memo = new Map<number, Piece>();
  const get: Get = (n) => memo.get(n.id)!;
  for (const n of topological([root])) memo.set(n.id, piece(n, get, variable));
  return get(root).s;
}
