/**
 * The formula parser: recursive descent over the fixed grammar below into interned nodes (ast.ts). Nothing
 * the person types is ever run: the text only selects nodes of our own kinds.
 *
 *     formula   := ifexpr
 *     ifexpr    := 'if' cond 'then' formula 'else' formula | sum
 *     cond      := disj;  disj := conj ('or' conj)*;  conj := neg ('and' neg)*
 *     neg       := 'not' neg | '(' cond ')' | cmp
 *     cmp       := sum ('<' | '<=' | '>' | '>=' | '==' | '!=') sum
 *     sum       := product (('+' | '-') product)*
 *     product   := unary (('*' | '/') unary)*
 *     unary     := ('-' | '+') unary | power          (so -x^2 = -(x^2))
 *     power     := atom ('^' unary)?                  (right-associative: 2^3^2 = 2^9)
 *     atom      := number | name | name '(' args ')' | '(' formula ')'
 *     number    := digits ['.' digits] [('e'|'E') ['+'|'-'] digits]  |  '.' digits ...
 *
 * A parenthesis in a condition holds a condition when a comparison, `and`, `or` or `not` stands directly
 * inside it (`if (r < 0) then …`, `(a < 0 or b < 0) and c < 0`); otherwise it opens a sum (`(r + 1)^2 < 4`).
 * `**` is read as `^` (and −, ×, ·, ⋅ pasted from a paper as -, *, *, *). A comparison may appear only as the condition of where(cond, a, b) or of if-then-else.
 * Names are [A-Za-z][A-Za-z0-9_]*: a function of ast.ts FUNCTIONS (followed by `(`), a constant (pi, e), the
 * variable, or else a parameter, numbered in order of first appearance.
 *
 * Nesting is counted explicitly (parentheses, calls, signs, exponents, `not`, `if`) and refused past
 * MAX_DEPTH, so no input makes the descent recurse more than a few hundred frames.
 */
import { CONSTANTS, FUNCTIONS, NodeFactory, type CmpOp, type ConstName, type Fn, type Node } from './ast';
import { FormulaError } from './errors';
import { tokenize, type Token } from './lexer';
import { CMP_OPS, parenHoldsCondition, unexpectedToken } from './tokenScan';
import { isCodeName, KEYWORDS, MAX_PARAMS, parameterRefusal } from './names';

export const MAX_DEPTH = 64;

export interface Parsed {
  readonly root: Node;
  readonly params: readonly string[];
  readonly factory: NodeFactory;
}

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** Parses `text` as a formula in `variable`; throws FormulaError. `reserved` names cannot be parameters. */
export function parseFormula(text: string, variable: string, reserved: readonly string[] = []): Parsed {
  const p = new Parser(tokenize(text), variable, reserved);
  if (p.peek().kind === 'end') throw new FormulaError('the formula is empty');
  const root = p.formula();
  if (p.peek().kind !== 'end') throw p.unexpected();
  return { root, params: [...p.params.keys()], factory: p.f };
}

class Parser {
  readonly f = new NodeFactory();
  readonly params = new Map<string, number>();
  private i = 0;
  private depth = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly variable: string,
    private readonly reserved: readonly string[],
  ) {}

  peek(): Token {
    return this.tokens[this.i]!;
  }

  private next(): Token {
    return this.tokens[this.i++]!;
  }

  private isOp(text: string): boolean {
    const t = this.peek();
    return t.kind === 'op' && t.text === text;
  }

  private isWord(word: string): boolean {
    const t = this.peek();
    return t.kind === 'name' && t.text === word;
  }

  /** Runs `body` one level deeper, refusing past MAX_DEPTH at the token that opened the level. */
  private deeper<T>(at: number, body: () => T): T {
    if (++this.depth > MAX_DEPTH) throw new FormulaError(`nested more than ${MAX_DEPTH} deep at ${at}`, at);
    try {
      return body();
    } finally {
      this.depth--;
    }
  }

  /** The message for the current token, which cannot come where it stands. */
  unexpected(): FormulaError {
    return unexpectedToken(this.peek());
  }

  private expectClose(open: Token): void {
    if (this.isOp(')')) {
      this.next();
      return;
    }
    const t = this.peek();
    if (t.kind === 'end' || (t.kind === 'op' && t.text === ',')) throw new FormulaError(`missing ) for the ( at ${open.at}`, open.at);
    throw this.unexpected();
  }

  formula(): Node {
    if (!this.isWord('if')) return this.sum();
    const t = this.next();
    return this.deeper(t.at, () => {
      const cond = this.cond();
      if (!this.isWord('then')) throw this.expectedWord('then', t);
      this.next();
      const yes = this.formula();
      if (!this.isWord('else')) throw this.expectedWord('else', t);
      this.next();
      const no = this.formula();
      return this.f.call('where', [cond, yes, no]);
    });
  }

  private expectedWord(word: string, opener: Token): FormulaError {
    const t = this.peek();
    if (t.kind === 'end') return new FormulaError(`missing \`${word}\` for the \`if\` at ${opener.at}`, opener.at);
    if (t.kind === 'op' && CMP_OPS.has(t.text)) return this.unexpected();
    return new FormulaError(`expected \`${word}\` at ${t.at}`, t.at);
  }

  private cond(): Node {
    let left = this.conj();
    while (this.isWord('or')) {
      this.next();
      left = this.f.logic('or', left, this.conj());
    }
    return left;
  }

  private conj(): Node {
    let left = this.neg();
    while (this.isWord('and')) {
      this.next();
      left = this.f.logic('and', left, this.neg());
    }
    return left;
  }

  private neg(): Node {
    if (this.isWord('not')) {
      const t = this.next();
      return this.deeper(t.at, () => this.f.not(this.neg()));
    }
    if (this.isOp('(') && parenHoldsCondition(this.tokens, this.i)) {
      const open = this.next();
      return this.deeper(open.at, () => {
        const inner = this.cond();
        this.expectClose(open);
        return inner;
      });
    }
    return this.cmp();
  }

  private cmp(): Node {
    const left = this.sum();
    const t = this.peek();
    if (!(t.kind === 'op' && CMP_OPS.has(t.text))) {
      throw new FormulaError(`expected a comparison (<, <=, >, >=, ==, !=) at ${t.at}`, t.at);
    }
    this.next();
    const right = this.sum();
    const after = this.peek();
    if (after.kind === 'op' && CMP_OPS.has(after.text)) {
      throw new FormulaError(`comparisons cannot be chained; join them with \`and\` (at ${after.at})`, after.at);
    }
    return this.f.cmp(t.text as CmpOp, left, right);
  }

  private sum(): Node {
    let left = this.product();
    while (this.isOp('+') || this.isOp('-')) {
      const op = this.next().text as '+' | '-';
      left = this.f.bin(op, left, this.product());
    }
    return left;
  }

  private product(): Node {
    let left = this.unary();
    while (this.isOp('*') || this.isOp('/')) {
      const op = this.next().text as '*' | '/';
      left = this.f.bin(op, left, this.unary());
    }
    return left;
  }

  private unary(): Node {
    if (this.isOp('-') || this.isOp('+')) {
      const t = this.next();
      return this.deeper(t.at, () => {
        const arg = this.unary();
        return t.text === '-' ? this.f.neg(arg) : arg;
      });
    }
    return this.power();
  }

  private power(): Node {
    const base = this.atom();
    if (!this.isOp('^')) return base;
    const t = this.next();
    return this.deeper(t.at, () => this.f.bin('^', base, this.unary()));
  }

  private atom(): Node {
    const t = this.peek();
    if (t.kind === 'num') {
      this.next();
      return this.f.num(t.value);
    }
    if (t.kind === 'op' && t.text === '(') {
      this.next();
      return this.deeper(t.at, () => {
        const inner = this.formula();
        this.expectClose(t);
        return inner;
      });
    }
    if (t.kind === 'name') return this.named(t);
    if (t.kind === 'op' && t.text === ')') return this.fail(`expected a number, name or ( at ${t.at}`, t.at);
    if (t.kind === 'end') throw this.unexpected();
    return this.fail(`expected a number, name or ( at ${t.at}`, t.at);
  }

  private fail(message: string, at: number): never {
    throw new FormulaError(message, at);
  }

  private named(t: Token): Node {
    const name = t.text;
    this.next();
    if (isCodeName(name)) this.fail(`\`${name}\` is not allowed: formulas are not code (at ${t.at})`, t.at);
    if (this.isOp('(')) return this.call(t);
    if (name === 'if') this.fail(`an \`if\` inside a formula needs parentheses around it (at ${t.at})`, t.at);
    if (KEYWORDS.has(name)) this.fail(`unexpected \`${name}\` at ${t.at}`, t.at);
    if (hasOwn(FUNCTIONS, name)) this.fail(`\`${name}\` is a function: write ${name}(…) (at ${t.at})`, t.at);
    if (name === this.variable) return this.f.variable();
    if (hasOwn(CONSTANTS, name)) return this.f.constant(name as ConstName);
    const known = this.params.get(name);
    if (known !== undefined) return this.f.param(known, name);
    const refusal = parameterRefusal(name, this.variable, this.reserved, t.at);
    if (refusal !== undefined) this.fail(refusal, t.at);
    if (this.params.size >= MAX_PARAMS) this.fail(`more than ${MAX_PARAMS} parameters: \`${name}\` at ${t.at}`, t.at);
    const index = this.params.size;
    this.params.set(name, index);
    return this.f.param(index, name);
  }

  private call(t: Token): Node {
    const name = t.text;
    if (!hasOwn(FUNCTIONS, name)) {
      if (name === this.variable || hasOwn(CONSTANTS, name) || this.params.has(name)) throw this.unexpected();
      this.fail(`unknown function \`${name}\` at ${t.at}`, t.at);
    }
    const fn = name as Fn;
    const open = this.next();
    return this.deeper(open.at, () => {
      const args: Node[] = [];
      if (!this.isOp(')')) {
        for (;;) {
          args.push(fn === 'where' && args.length === 0 ? this.cond() : this.formula());
          if (!this.isOp(',')) break;
          this.next();
        }
      }
      this.expectClose(open);
      const arity = FUNCTIONS[fn];
      if (args.length !== arity) {
        this.fail(`\`${fn}\` takes ${arity} argument${arity === 1 ? '' : 's'}, not ${args.length} (at ${t.at})`, t.at);
      }
      return this.f.call(fn, args);
    });
  }
}
