/**
 * A formula and its derivative as one GLSL function (see TypedExpr.glsl): both trees' nodes in topological
 * order, each once, as single assignments `float t<id> = …;`. A node that can leave the real numbers (log or
 * sqrt of a negative, a zero divisor, a negative base to a fractional power) carries a flag `bool k<id>`, the
 * conjunction of its own check and its operands' flags; where/if takes the flag of the branch it selects, so a
 * guarded formula such as where(x > 0, log(x), 0) stays defined, and a comparison of a failed operand is
 * false (true for !=), as NaN compares in float64. The typed text reaches the source only as
 * numbers and as `uniform(name)`.
 */
import { topological, type Node } from './ast';
import { helperSources, type HelperName } from './glslHelpers';

/** A GLSL float literal: always a decimal point, an exponent only as `1.0e-7`; undefined when float32 cannot hold it. */
export function glslFloat(v: number): string | undefined {
  if (!Number.isFinite(v) || Math.abs(v) > 3.4e38) return undefined;
  const mag = Math.abs(v) < 1e-37 ? 0 : Math.abs(v);
  const [mantissa, exponent] = String(mag).split('e') as [string, string | undefined];
  const s = `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}${exponent === undefined ? '' : `e${exponent}`}`;
  return v < 0 || Object.is(v, -0) ? `(-${s})` : s;
}

interface Ref {
  /** A float or bool expression: t<id>, a literal, the variable or a uniform. */
  readonly ref: string;
  readonly bool: boolean;
  /** The node's flag: a bool expression, or undefined when it cannot fail. */
  readonly ok: string | undefined;
}

interface Emitter {
  readonly lines: string[];
  readonly helpers: Set<HelperName>;
  readonly get: (n: Node) => Ref;
}

const asFloat = (r: Ref) => (r.bool ? `(${r.ref} ? 1.0 : 0.0)` : r.ref);
const asBool = (r: Ref) => (r.bool ? r.ref : `(${r.ref} != 0.0)`);

/** The flag of a node from its operands' flags and its own check; a statement when it is a new conjunction. */
function flag(e: Emitter, id: number, inherited: readonly (string | undefined)[], own?: string): string | undefined {
  const terms = [...new Set(inherited.filter((t): t is string => t !== undefined))];
  if (own !== undefined) terms.push(own);
  if (terms.includes('false')) return 'false';
  if (terms.length <= 1 && own === undefined) return terms[0];
  e.lines.push(`  bool k${id} = ${terms.join(' && ')};`);
  return `k${id}`;
}

const CALL: Readonly<Record<string, (a: readonly string[]) => string>> = {
  abs: ([u]) => `abs(${u})`,
  exp: ([u]) => `exp(${u})`,
  log: ([u]) => `log(${u})`,
  sqrt: ([u]) => `sqrt(${u})`,
  sign: ([u]) => `sign(${u})`,
  relu: ([u]) => `max(${u}, 0.0)`,
  min: ([u, v]) => `min(${u}, ${v})`,
  max: ([u, v]) => `max(${u}, ${v})`,
  clamp: ([u, lo, hi]) => `min(max(${u}, ${lo}), ${hi})`,
};
const OWN: Readonly<Record<string, HelperName>> = {
  log1p: 'own_log1p',
  expm1: 'own_expm1',
  sigmoid: 'own_sigmoid',
  softplus: 'own_softplus',
  tanh: 'own_tanh',
  cosh: 'own_cosh',
  sinh: 'own_sinh',
};
const DOMAIN: Readonly<Record<string, (u: string) => string>> = {
  log: (u) => `${u} > 0.0`,
  sqrt: (u) => `${u} >= 0.0`,
  log1p: (u) => `${u} > -1.0`,
};

/** a^b: integer constant exponents by multiplication or own_powi, the rest through own_pow and its check. */
function power(e: Emitter, base: Node, exponent: Node): [expr: string, check: string | undefined] {
  const [a, b] = [asFloat(e.get(base)), asFloat(e.get(exponent))];
  if (exponent.kind === 'num' && Number.isFinite(exponent.value)) {
    const k = exponent.value;
    if (k === 0) return ['1.0', undefined];
    if (k === 1) return [a, undefined];
    if (k === 2) return [`${a} * ${a}`, undefined];
    if (k === 3) return [`${a} * ${a} * ${a}`, undefined];
    if (Number.isInteger(k)) {
      e.helpers.add('own_powi');
      return [`own_powi(${a}, ${b})`, k < 0 ? `${a} != 0.0` : undefined];
    }
    return [`pow(${a}, ${b})`, k > 0 ? `${a} >= 0.0` : `${a} > 0.0`];
  }
  if (base.kind === 'const' && base.name === 'e') return [`exp(${b})`, undefined];
  if (base.kind === 'num' && base.value > 0) return [`pow(${a}, ${b})`, undefined];
  e.helpers.add('own_pow').add('own_powOk');
  return [`own_pow(${a}, ${b})`, `own_powOk(${a}, ${b})`];
}

/** The statement of an inner node (its value `t<id>` and its flag), or the inline reference of a leaf. */
function emit(e: Emitter, n: Node, variable: string, uniform: (name: string) => string): Ref {
  const t = `t${n.id}`;
  const stmt = (type: 'float' | 'bool', expr: string, okTerms: readonly (string | undefined)[], own?: string): Ref => {
    e.lines.push(`  ${type} ${t} = ${expr};`);
    return { ref: t, bool: type === 'bool', ok: flag(e, n.id, okTerms, own) };
  };
  const kids = (ns: readonly Node[]) => ns.map((m) => e.get(m));
  switch (n.kind) {
    case 'num': {
      const lit = glslFloat(n.value);
      return { ref: lit ?? '0.0', bool: false, ok: lit === undefined ? 'false' : undefined };
    }
    case 'var':
      return { ref: variable, bool: false, ok: undefined };
    case 'param':
      return { ref: uniform(n.name), bool: false, ok: undefined };
    case 'const':
      return { ref: glslFloat(n.name === 'pi' ? Math.PI : Math.E)!, bool: false, ok: undefined };
    case 'neg': {
      const [u] = kids([n.arg]);
      return stmt('float', `-${asFloat(u!)}`, [u!.ok]);
    }
    case 'bin': {
      const [l, r] = kids([n.left, n.right]);
      if (n.op === '^') {
        const [expr, check] = power(e, n.left, n.right);
        return stmt('float', expr, [l!.ok, r!.ok], check);
      }
      const nonzero = n.op === '/' && !(n.right.kind === 'num' && n.right.value !== 0);
      return stmt('float', `${asFloat(l!)} ${n.op} ${asFloat(r!)}`, [l!.ok, r!.ok], nonzero ? `${asFloat(r!)} != 0.0` : undefined);
    }
    case 'cmp': {
      // as in float64, where a NaN operand makes every comparison false but != true: an operand that met
      // domain trouble decides the comparison instead of spoiling the formula (the GPU's NaN is not reliable)
      const [l, r] = kids([n.left, n.right]);
      const test = `${asFloat(l!)} ${n.op} ${asFloat(r!)}`;
      const guard = [...new Set([l!.ok, r!.ok].filter((g): g is string => g !== undefined))];
      if (guard.length === 0) return stmt('bool', test, []);
      if (guard.includes('false')) return stmt('bool', n.op === '!=' ? 'true' : 'false', []);
      return stmt('bool', `${guard.join(' && ')} ? ${test} : ${n.op === '!=' ? 'true' : 'false'}`, []);
    }
    case 'logic': {
      const [l, r] = kids([n.left, n.right]);
      return stmt('bool', `${asBool(l!)} ${n.op === 'and' ? '&&' : '||'} ${asBool(r!)}`, [l!.ok, r!.ok]);
    }
    case 'not': {
      const [u] = kids([n.arg]);
      return stmt('bool', `!${asBool(u!)}`, [u!.ok]);
    }
    case 'call':
      return emitCall(e, n, stmt);
  }
}

type Stmt = (type: 'float' | 'bool', expr: string, okTerms: readonly (string | undefined)[], own?: string) => Ref;

function emitCall(e: Emitter, n: Extract<Node, { kind: 'call' }>, stmt: Stmt): Ref {
  const args = n.args.map((m) => e.get(m));
  const oks = args.map((a) => a.ok);
  if (n.fn === 'where') {
    const [c, a, b] = args as [Ref, Ref, Ref];
    // the flag of the branch taken: an undefined branch that is not selected does not count
    const branch = a.ok === undefined && b.ok === undefined ? undefined : `(${asBool(c)} ? ${a.ok ?? 'true'} : ${b.ok ?? 'true'})`;
    return stmt('float', `${asBool(c)} ? ${asFloat(a)} : ${asFloat(b)}`, [c.ok], branch);
  }
  if (n.fn === 'pow') {
    const [expr, check] = power(e, n.args[0]!, n.args[1]!);
    return stmt('float', expr, oks, check);
  }
  const fs = args.map(asFloat);
  const own = OWN[n.fn];
  if (own) e.helpers.add(own);
  const expr = own ? `${own}(${fs[0]})` : CALL[n.fn]!(fs);
  return stmt('float', expr, oks, DOMAIN[n.fn]?.(fs[0]!));
}

/** Beyond this magnitude a float32 value or slope counts as an overflow. */
const LIMIT = '1.0e37';

/**
 * Source defining `vec3 profileGuarded(float <variable>)` = (ℓ, dℓ/dx, ok), ok 1.0 when float32 met no domain
 * trouble and both numbers are finite and within 1e37, else (0, 0, 0); preceded by the own_ helpers it calls.
 * Parameter `name` is read as `uniform(name)` (the program declares the uniform).
 */
export function toGlsl(value: Node, derivative: Node, variable: string, uniform: (name: string) => string): string {
  const refs = new Map<number, Ref>();
  const e: Emitter = { lines: [], helpers: new Set(), get: (n) => refs.get(n.id)! };
  for (const n of topological([value, derivative])) refs.set(n.id, emit(e, n, variable, uniform));
  const [v, d] = [e.get(value), e.get(derivative)];
  const oks = [...new Set([v.ok, d.ok].filter((t): t is string => t !== undefined))];
  return [
    helperSources(e.helpers),
    `vec3 profileGuarded(float ${variable}) {`,
    ...e.lines,
    `  float value = ${asFloat(v)};`,
    `  float slope = ${asFloat(d)};`,
    `  bool ok = ${oks.length > 0 ? oks.join(' && ') : 'true'};`,
    // written so that NaN fails them
    `  if (!(abs(value) < ${LIMIT}) || !(abs(slope) < ${LIMIT})) ok = false;`,
    '  return ok ? vec3(value, slope, 1.0) : vec3(0.0, 0.0, 0.0);',
    '}',
  ]
    .filter((s) => s !== '')
    .join('\n');
}
