/**
 * Node constructors that simplify as they build, for derivatives: numbers fold, and 0·a = 0, 1·a = a,
 * a ± 0 = a, a^1 = a, a^0 = 1, −(−a) = a, a/1 = a, 0/a = 0, where(c, a, a) = a; numbers of a product move
 * to its front and multiply (a·2 = 2·a, 3·(2·a) = 6·a). (0·a = 0 and 0/a = 0 drop an
 * ∞ or NaN in a; they keep derivatives short and readable, and a formula's own value never goes through here.)
 */
import type { CmpOp, Fn, Node, NodeFactory } from './ast';

const isNum = (n: Node, v: number) => n.kind === 'num' && n.value === v;
const numValue = (n: Node) => (n.kind === 'num' ? n.value : undefined);

export class Simplifier {
  constructor(readonly f: NodeFactory) {}

  zero = () => this.f.num(0);
  one = () => this.f.num(1);

  neg(a: Node): Node {
    const v = numValue(a);
    if (v !== undefined) return this.f.num(-v);
    if (a.kind === 'neg') return a.arg;
    return this.f.neg(a);
  }

  add(a: Node, b: Node): Node {
    const u = numValue(a);
    const v = numValue(b);
    if (u !== undefined && v !== undefined) return this.f.num(u + v);
    if (u === 0) return b;
    if (v === 0) return a;
    if (b.kind === 'neg') return this.f.bin('-', a, b.arg);
    return this.f.bin('+', a, b);
  }

  sub(a: Node, b: Node): Node {
    const u = numValue(a);
    const v = numValue(b);
    if (u !== undefined && v !== undefined) return this.f.num(u - v);
    if (v === 0) return a;
    if (u === 0) return this.neg(b);
    if (b.kind === 'neg') return this.f.bin('+', a, b.arg);
    return this.f.bin('-', a, b);
  }

  mul(a: Node, b: Node): Node {
    const u = numValue(a);
    const v = numValue(b);
    if (u !== undefined && v !== undefined) return this.f.num(u * v);
    if (u === 0 || v === 0) return this.zero();
    if (u === 1) return b;
    if (v === 1) return a;
    if (u === -1) return this.neg(b);
    if (v === -1) return this.neg(a);
    if (v !== undefined) return this.mul(b, a);
    // c·(d·a) = (c·d)·a: numbers gather in front
    if (u !== undefined && b.kind === 'bin' && b.op === '*' && b.left.kind === 'num') return this.mul(this.f.num(u * b.left.value), b.right);
    if (a.kind === 'neg') return this.neg(this.mul(a.arg, b));
    if (b.kind === 'neg') return this.neg(this.mul(a, b.arg));
    return this.f.bin('*', a, b);
  }

  div(a: Node, b: Node): Node {
    const u = numValue(a);
    const v = numValue(b);
    if (u !== undefined && v !== undefined) return this.f.num(u / v);
    if (v === 1) return a;
    if (u === 0) return this.zero();
    if (a.kind === 'neg') return this.neg(this.div(a.arg, b));
    return this.f.bin('/', a, b);
  }

  pow(a: Node, b: Node): Node {
    const u = numValue(a);
    const v = numValue(b);
    if (u !== undefined && v !== undefined) return this.f.num(Math.pow(u, v));
    if (v === 1) return a;
    if (v === 0) return this.one();
    return this.f.bin('^', a, b);
  }

  call(fn: Fn, args: readonly Node[]): Node {
    return this.f.call(fn, args);
  }

  cmp(op: CmpOp, a: Node, b: Node): Node {
    return this.f.cmp(op, a, b);
  }

  /** where(c, a, b); nested wheres that share a branch merge: where(c, a, where(d, a, b)) = where(c or d, a, b). */
  where(cond: Node, a: Node, b: Node): Node {
    if (a === b) return a;
    if (b.kind === 'call' && b.fn === 'where' && b.args[1] === a) return this.where(this.f.logic('or', cond, b.args[0]!), a, b.args[2]!);
    if (b.kind === 'call' && b.fn === 'where' && b.args[2] === a) return this.where(this.f.logic('or', cond, this.f.not(b.args[0]!)), a, b.args[1]!);
    return this.f.call('where', [cond, a, b]);
  }

  isZero(n: Node): boolean {
    return isNum(n, 0);
  }
}
