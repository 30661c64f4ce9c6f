/**
 * The tree a typed formula parses into. Nodes are immutable and interned: two structurally equal nodes are
 * the same object with the same `id`, so the tree is a DAG in which a derivative shares its subterms with the
 * formula. Anything that walks it must memoize on `id` (an unmemoized walk of a derivative can be exponential).
 */

/** Functions of the grammar and how many arguments each takes. */
export const FUNCTIONS = {
  abs: 1,
  exp: 1,
  log: 1,
  log1p: 1,
  expm1: 1,
  sqrt: 1,
  sigmoid: 1,
  softplus: 1,
  tanh: 1,
  cosh: 1,
  sinh: 1,
  sign: 1,
  relu: 1,
  pow: 2,
  min: 2,
  max: 2,
  clamp: 3,
  where: 3,
} as const;
export type Fn = keyof typeof FUNCTIONS;

export const CONSTANTS = { pi: Math.PI, e: Math.E } as const;
export type ConstName = keyof typeof CONSTANTS;

export type BinOp = '+' | '-' | '*' | '/' | '^';
export type CmpOp = '<' | '<=' | '>' | '>=' | '==' | '!=';

interface Base {
  /** Equal ids ⇔ structurally equal nodes (interning). */
  readonly id: number;
  /** Whether the node depends on the variable (false: a constant in x, parameters allowed). */
  readonly hasVar: boolean;
}

export type Node =
  | (Base & { readonly kind: 'num'; readonly value: number })
  | (Base & { readonly kind: 'var' })
  | (Base & { readonly kind: 'param'; readonly index: number; readonly name: string })
  | (Base & { readonly kind: 'const'; readonly name: ConstName })
  | (Base & { readonly kind: 'neg'; readonly arg: Node })
  | (Base & { readonly kind: 'bin'; readonly op: BinOp; readonly left: Node; readonly right: Node })
  /** where(c, a, b) is a call whose first argument is a condition; `if c then a else b` parses to the same node with fn 'where'. */
  | (Base & { readonly kind: 'call'; readonly fn: Fn; readonly args: readonly Node[] })
  | (Base & { readonly kind: 'cmp'; readonly op: CmpOp; readonly left: Node; readonly right: Node })
  | (Base & { readonly kind: 'logic'; readonly op: 'and' | 'or'; readonly left: Node; readonly right: Node })
  | (Base & { readonly kind: 'not'; readonly arg: Node });

type Shape<K extends Node['kind']> = Omit<Extract<Node, { kind: K }>, 'id' | 'hasVar'>;
type AnyShape = { [K in Node['kind']]: Shape<K> }[Node['kind']];

/** Interns nodes: one factory per parse (ids are small integers in creation order, children before parents). */
export class NodeFactory {
  private readonly table = new Map<string, Node>();
  private next = 0;

  /** The interned node of this shape. */
  make<S extends AnyShape>(shape: S): Extract<Node, { kind: S['kind'] }> {
    const key = keyOf(shape);
    let node = this.table.get(key);
    if (!node) {
      node = { ...shape, id: this.next++, hasVar: hasVarOf(shape) } as Node;
      this.table.set(key, node);
    }
    return node as Extract<Node, { kind: S['kind'] }>;
  }

  /** How many distinct nodes this factory has made (a bound on any memoized walk's work). */
  get size(): number {
    return this.next;
  }

  num = (value: number) => this.make({ kind: 'num', value });
  variable = () => this.make({ kind: 'var' });
  param = (index: number, name: string) => this.make({ kind: 'param', index, name });
  constant = (name: ConstName) => this.make({ kind: 'const', name });
  neg = (arg: Node) => this.make({ kind: 'neg', arg });
  bin = (op: BinOp, left: Node, right: Node) => this.make({ kind: 'bin', op, left, right });
  call = (fn: Fn, args: readonly Node[]) => this.make({ kind: 'call', fn, args });
  cmp = (op: CmpOp, left: Node, right: Node) => this.make({ kind: 'cmp', op, left, right });
  logic = (op: 'and' | 'or', left: Node, right: Node) => this.make({ kind: 'logic', op, left, right });
  not = (arg: Node) => this.make({ kind: 'not', arg });
}

function children(s: AnyShape): readonly Node[] {
  switch (s.kind) {
    case 'neg':
    case 'not':
      return [s.arg];
    case 'bin':
    case 'cmp':
    case 'logic':
      return [s.left, s.right];
    case 'call':
      return s.args;
    default:
      return [];
  }
}

function keyOf(s: AnyShape): string {
  switch (s.kind) {
    case 'num':
      // -0 and 0 differ (1/x), NaN is one value
      return `n:${Object.is(s.value, -0) ? '-0' : String(s.value)}`;
    case 'var':
      return 'v';
    case 'param':
      return `p:${s.index}`;
    case 'const':
      return `c:${s.name}`;
    case 'neg':
    case 'not':
      return `${s.kind}(${s.arg.id})`;
    case 'bin':
    case 'cmp':
    case 'logic':
      return `${s.op}(${s.left.id},${s.right.id})`;
    case 'call':
      return `${s.fn}(${s.args.map((a) => a.id).join(',')})`;
  }
}

function hasVarOf(s: AnyShape): boolean {
  return s.kind === 'var' || children(s).some((c) => c.hasVar);
}

/** The node's children, in order. */
export function childrenOf(n: Node): readonly Node[] {
  return children(n);
}

/** Every node reachable from `roots`, children before parents, each once. Iterative: deep trees do not overflow the stack. */
export function topological(roots: readonly Node[]): Node[] {
  const seen = new Set<number>();
  const order: Node[] = [];
  const stack: { node: Node; next: number }[] = roots.map((node) => ({ node, next: 0 })).toReversed();
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (seen.has(top.node.id)) {
      stack.pop();
      continue;
    }
    const kids = children(top.node);
    if (top.next < kids.length) {
      const kid = kids[top.next++]!;
      if (!seen.has(kid.id)) stack.push({ node: kid, next: 0 });
      continue;
    }
    seen.add(top.node.id);
    order.push(top.node);
    stack.pop();
  }
  return order;
}
