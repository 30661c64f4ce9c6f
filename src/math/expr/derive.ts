/**
 * The symbolic derivative dℓ/dx of a formula, built on the same interned DAG (so it shares the formula's
 * subterms) with the simplifying constructors of simplify.ts, one node at a time in topological order — no
 * recursion, and a node budget after which the caller falls back to dual numbers.
 *
 * Rules at kinks (dual.ts follows the same ones), chosen so that typed forms of the registry's losses agree
 * with it exactly, including at the kink:
 * - abs(u)' = sign(u)·u', so 0 at u = 0 (PyTorch's subgradient, as mae and l1).
 * - relu(u)' = u' where u ≥ 0, else 0; max(a, b)' = a' where a > b, b' where a < b, and at a tie the derivative
 *   of the argument that depends on x (a' when both or neither do). So max(0, 1 − m) and relu(1 − m) keep the
 *   slope at the kink as hinge does (PyTorch's clamp(min=0) backward); min likewise with the sides swapped.
 * - clamp(u, lo, hi)' = hi' where max(u, lo) > hi, lo' where u < lo, else u' (the bounds themselves count as
 *   inside, as torch.clamp's backward).
 * - where(c, a, b)' and if-then-else: the derivative of the branch taken. sign' = 0; conditions have none.
 * - u^c with c constant in x (numbers, parameters, pi, e): c·u^(c−1)·u'; otherwise u^v·(v'·log u + v·u'/u).
 */
import type { Node, NodeFactory } from './ast';
import { topological } from './ast';
import { Simplifier } from './simplify';

/** The most nodes a derivative may add to the factory before it is abandoned. */
export const DERIVATIVE_NODE_BUDGET = 5000;

/** dℓ/dx of `root`, or undefined when it would take more than `budget` new nodes. */
export function derive(f: NodeFactory, root: Node, budget = DERIVATIVE_NODE_BUDGET): Node | undefined {
  const s = new Simplifier(f);
  const start = f.size;
  const d = new Map<number, Node>();
  const dOf = (n: Node) => d.get(n.id) ?? s.zero();
  for (const n of topological([root])) {
    if (!n.hasVar) continue;
    const dn = ruleFor(s, n, dOf);
    if (dn !== undefined) d.set(n.id, dn);
    if (f.size - start > budget) return undefined;
  }
  return dOf(root);
}

/** The derivative of `n` from its children's (`dOf`); undefined for conditions, which have none. */
function ruleFor(s: Simplifier, n: Node, dOf: (n: Node) => Node): Node | undefined {
  switch (n.kind) {
    case 'var':
      return s.one();
    case 'neg':
      return s.neg(dOf(n.arg));
    case 'bin':
      return binRule(s, n.op, n.left, n.right, n, dOf);
    case 'call':
      return callRule(s, n, dOf);
    default:
      return undefined;
  }
}

function binRule(s: Simplifier, op: string, a: Node, b: Node, n: Node, dOf: (n: Node) => Node): Node {
  const da = dOf(a);
  const db = dOf(b);
  switch (op) {
    case '+':
      return s.add(da, db);
    case '-':
      return s.sub(da, db);
    case '*':
      return s.add(s.mul(da, b), s.mul(a, db));
    case '/':
      if (!b.hasVar) return s.div(da, b);
      return s.div(s.sub(s.mul(da, b), s.mul(a, db)), s.pow(b, s.f.num(2)));
    default:
      return powRule(s, a, b, n, da, db);
  }
}

function powRule(s: Simplifier, a: Node, b: Node, n: Node, da: Node, db: Node): Node {
  if (!b.hasVar) return s.mul(s.mul(b, s.pow(a, s.sub(b, s.one()))), da);
  return s.mul(n, s.add(s.mul(db, s.call('log', [a])), s.div(s.mul(b, da), a)));
}

function callRule(s: Simplifier, n: Extract<Node, { kind: 'call' }>, dOf: (n: Node) => Node): Node {
  const [a, b, c] = n.args as [Node, Node, Node];
  const da = dOf(a);
  switch (n.fn) {
    case 'abs':
      return s.mul(s.call('sign', [a]), da);
    case 'exp':
      return s.mul(n, da);
    case 'log':
      return s.div(da, a);
    case 'log1p':
      return s.div(da, s.add(s.one(), a));
    case 'expm1':
      return s.mul(s.call('exp', [a]), da);
    case 'sqrt':
      return s.div(da, s.mul(s.f.num(2), n));
    case 'sigmoid':
      return s.mul(s.mul(n, s.sub(s.one(), n)), da);
    case 'softplus':
      return s.mul(s.call('sigmoid', [a]), da);
    case 'tanh':
      return s.mul(s.sub(s.one(), s.pow(n, s.f.num(2))), da);
    case 'cosh':
      return s.mul(s.call('sinh', [a]), da);
    case 'sinh':
      return s.mul(s.call('cosh', [a]), da);
    case 'sign':
      return s.zero();
    case 'relu':
      return s.where(s.cmp('>=', a, s.zero()), da, s.zero());
    case 'pow':
      return powRule(s, a, b, n, da, dOf(b));
    case 'max':
    case 'min': {
      const db = dOf(b);
      const tie = !a.hasVar && b.hasVar ? db : da;
      const [first, second] = n.fn === 'max' ? (['>', '<'] as const) : (['<', '>'] as const);
      return s.where(s.cmp(first, a, b), da, s.where(s.cmp(second, a, b), db, tie));
    }
    case 'clamp':
      return s.where(s.cmp('>', s.call('max', [a, b]), c), dOf(c), s.where(s.cmp('<', a, b), dOf(b), da));
    case 'where':
      return s.where(a, dOf(b), dOf(c));
  }
}
