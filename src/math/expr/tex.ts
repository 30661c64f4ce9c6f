/**
 * A formula's tree in TeX: precedence-aware with the fewest parentheses that keep the reading, parameters as
 * `{{name}}` placeholders for renderTex (src/math/tex.ts) to fill with a symbol or a value. Every node is
 * written once per context (memoized on its id), and a node longer than the budget stops the whole writing.
 */
import { topological, type Node } from './ast';
import { texNumber } from '../tex';

/** Binding strength of what a piece of TeX is, loosest first: an operand looser than its slot is parenthesized. */
const P = { Cases: -10, Or: -5, And: -4, Not: -3, Cmp: -2, Sum: 1, Neg: 2, Prod: 3, Frac: 3.5, Pow: 4, Atom: 5 } as const;

interface Piece {
  readonly s: string;
  readonly p: number;
}

/** Exponents write a/b rather than \frac (a fraction in a superscript is unreadably small). */
const Mode = { Normal: 0, Exponent: 1 } as const;
type Mode = (typeof Mode)[keyof typeof Mode];

/** No TeX is written past this length, whatever the caller asks (JavaScript strings have a ceiling too). */
const HARD_LIMIT = 1 << 20;

/** An exponent wider than this (in characters a reader sees) makes exp write \exp(…) instead of e^{…}. */
const LONG_EXPONENT = 12;

/** Roughly how many characters a piece of TeX shows: a command or a placeholder is one, braces and blanks none. */
function visibleLength(tex: string): number {
  return tex.replace(/\{\{\w+\}\}|\\[a-zA-Z]+/g, 'a').replace(/[{}\s]/g, '').length;
}

const GREEK = new Set(
  ('alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu xi pi varpi rho ' +
    'varrho sigma varsigma tau upsilon phi varphi chi psi omega Gamma Delta Theta Lambda Xi Pi Sigma Upsilon Phi ' +
    'Psi Omega').split(' '),
);

/** The TeX symbol of a parameter named `name`: alpha → \alpha, a2 → a_{2}, alpha2 → \alpha_{2}, a → a, rate → \mathit{rate}. */
export function paramSymbol(name: string): string {
  const m = /^([A-Za-z]+)(\d+)$/.exec(name);
  if (m && (m[1]!.length === 1 || GREEK.has(m[1]!))) return `${paramSymbol(m[1]!)}_{${m[2]}}`;
  if (GREEK.has(name)) return `\\${name}`;
  if (/^[A-Za-z]$/.test(name)) return name;
  return `\\mathit{${name.replace(/_/g, '\\_')}}`;
}

const tall = (s: string) => /\\frac|\\begin/.test(s);

/** Parentheses that grow with their content when it is tall (a fraction or a cases block). */
function paren(s: string): string {
  return tall(s) ? `\\left(${s}\\right)` : `(${s})`;
}

const wrap = (t: Piece, min: number) => (t.p >= min ? t.s : paren(t.s));
/** An operand after a binary operator: parenthesized when looser than `min` or when it opens with a minus. */
const wrapRight = (t: Piece, min: number) => (t.p >= min && !t.s.startsWith('-') ? t.s : paren(t.s));

/** `+ u`, or `- v` when u is a negation -v (the sum reads as a difference). */
function plus(u: Piece): string {
  return u.p === P.Neg ? ` - ${u.s.slice(1)}` : ` + ${wrapRight(u, P.Sum)}`;
}

const NAMED: Readonly<Record<string, string>> = {
  log: '\\log',
  sigmoid: '\\sigma',
  softplus: '\\operatorname{softplus}',
  tanh: '\\tanh',
  cosh: '\\cosh',
  sinh: '\\sinh',
  sign: '\\operatorname{sign}',
  relu: '\\operatorname{relu}',
  max: '\\max',
  min: '\\min',
  clamp: '\\operatorname{clamp}',
};

const CMP: Readonly<Record<string, string>> = { '<': '<', '<=': '\\le', '>': '>', '>=': '\\ge', '==': '=', '!=': '\\ne' };

type Get = (n: Node, mode: Mode) => Piece | null;

function product(l: Piece, r: Piece): Piece {
  // juxtaposition would glue two numbers together or read 2 \frac{1}{2} as a mixed number
  const right = wrapRight(r, P.Prod);
  const dot = /^\d/.test(right) || (/\d$/.test(l.s) && right.startsWith('\\frac'));
  return { s: `${wrap(l, P.Neg)}${dot ? ' \\cdot ' : ' '}${right}`, p: P.Prod };
}

function power(base: Piece, exponent: Piece): Piece {
  return { s: `${base.p >= P.Atom && !base.s.startsWith('-') ? base.s : paren(base.s)}^{${exponent.s}}`, p: P.Pow };
}

/** e^{u}, or \exp(u) when the exponent is long. */
function exp(n: Node, mode: Mode, get: Get): Piece | null {
  const up = get(n, Mode.Exponent);
  if (!up) return null;
  if (visibleLength(up.s) <= LONG_EXPONENT && !up.s.includes('\\begin')) return { s: `e^{${up.s}}`, p: P.Pow };
  const u = get(n, mode);
  return u && { s: `\\exp\\left(${u.s}\\right)`, p: P.Atom };
}

/** where(c, a, where(d, b, e)) as one cases block with a row per condition. */
function cases(n: Extract<Node, { kind: 'call' }>, mode: Mode, get: Get): Piece | null {
  const rows: string[] = [];
  let at: Node = n;
  while (at.kind === 'call' && at.fn === 'where') {
    const [c, a] = [get(at.args[0]!, mode), get(at.args[1]!, mode)];
    if (!c || !a) return null;
    rows.push(`${a.s} & \\text{if } ${c.s}`);
    at = at.args[2]!;
  }
  const b = get(at, mode);
  if (!b) return null;
  rows.push(`${b.s} & \\text{otherwise}`);
  return { s: `\\begin{cases} ${rows.join(' \\\\ ')} \\end{cases}`, p: P.Cases };
}

function call(n: Extract<Node, { kind: 'call' }>, mode: Mode, get: Get): Piece | null {
  if (n.fn === 'where') return cases(n, mode, get);
  if (n.fn === 'exp') return exp(n.args[0]!, mode, get);
  if (n.fn === 'expm1') {
    const e = exp(n.args[0]!, mode, get);
    return e && { s: `${e.s} - 1`, p: P.Sum };
  }
  const args: Piece[] = [];
  for (const a of n.args) {
    const t = get(a, n.fn === 'pow' && args.length === 1 ? Mode.Exponent : mode);
    if (!t) return null;
    args.push(t);
  }
  const u = args[0]!;
  switch (n.fn) {
    case 'pow':
      return power(u, args[1]!);
    case 'abs':
      return { s: tall(u.s) ? `\\left|${u.s}\\right|` : `|${u.s}|`, p: P.Atom };
    case 'sqrt':
      return { s: `\\sqrt{${u.s}}`, p: P.Atom };
    case 'log1p':
      return { s: `\\log${paren(`1${plus(u)}`)}`, p: P.Atom };
    default:
      return { s: `${NAMED[n.fn]}${paren(args.map((a) => a.s).join(', '))}`, p: P.Atom };
  }
}

function binary(n: Extract<Node, { kind: 'bin' }>, mode: Mode, get: Get): Piece | null {
  const l = get(n.left, mode);
  const r = get(n.right, n.op === '^' ? Mode.Exponent : mode);
  if (!l || !r) return null;
  switch (n.op) {
    case '+':
      return { s: `${wrap(l, P.Sum)}${plus(r)}`, p: P.Sum };
    case '-':
      return { s: `${wrap(l, P.Sum)} - ${wrapRight(r, P.Prod)}`, p: P.Sum };
    case '*':
      return product(l, r);
    case '/':
      if (mode === Mode.Exponent) return { s: `${wrap(l, P.Neg)}/${wrapRight(r, P.Pow)}`, p: P.Prod };
      return { s: `\\frac{${wrap(l, P.Sum)}}{${wrap(r, P.Sum)}}`, p: P.Frac };
    case '^':
      return power(l, r);
  }
}

function piece(n: Node, mode: Mode, get: Get, variable: string): Piece | null {
  switch (n.kind) {
    case 'num': {
      const s = texNumber(n.value);
      return { s, p: s.startsWith('-') ? P.Neg : s.includes('\\times') ? P.Prod : P.Atom };
    }
    case 'var':
      return { s: variable, p: P.Atom };
    case 'param':
      return { s: `{{${n.name}}}`, p: P.Atom };
    case 'const':
      return { s: n.name === 'pi' ? '\\pi' : 'e', p: P.Atom };
    case 'neg': {
      const u = get(n.arg, mode);
      return u && { s: `-${wrapRight(u, P.Prod)}`, p: P.Neg };
    }
    case 'bin':
      return binary(n, mode, get);
    case 'call':
      return call(n, mode, get);
    case 'cmp': {
      const [l, r] = [get(n.left, mode), get(n.right, mode)];
      return l && r && { s: `${wrap(l, P.Sum)} ${CMP[n.op]} ${wrap(r, P.Sum)}`, p: P.Cmp };
    }
    case 'logic': {
      const [l, r] = [get(n.left, mode), get(n.right, mode)];
      const p: number = n.op === 'and' ? P.And : P.Or;
      return l && r && { s: `${wrap(l, p)} \\text{ ${n.op} } ${wrap(r, p)}`, p };
    }
    case 'not': {
      const u = get(n.arg, mode);
      return u && { s: `\\lnot ${u.p >= P.Not && u.p !== P.Cmp ? u.s : paren(u.s)}`, p: P.Not };
    }
  }
}

/**
 * `root` in TeX over the variable named `variable`, parameters as `{{name}}` placeholders; undefined when
 * any part of it is longer than `maxLength` characters (the writing stops there, it never builds the whole).
 */
export function toTex(root: Node, variable: string, maxLength = 4000): string | undefined {
  const limit = Math.min(maxLength, HARD_LIMIT);
  const memo: [Map<number, Piece | null>, Map<number, Piece | null>] = [new Map(), new Map()];
  const get: Get = (n, mode) => memo[mode].get(n.id) ?? null;
  for (const n of topological([root])) {
    for (const mode of [Mode.Normal, Mode.Exponent] as const) {
      const t = piece(n, mode, get, variable);
      memo[mode].set(n.id, t && t.s.length <= limit ? t : null);
    }
  }
  return get(root, Mode.Normal)?.s;
}
