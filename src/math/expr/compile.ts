/**
 * compileExpression: a person's text → a checked formula with its value, symbolic derivative, dual-number
 * derivative, branch key and its TeX, Python and GLSL forms, or a message saying where the text goes wrong.
 * The text is parsed with a fixed grammar (parse.ts) and evaluated over tapes built from the tree; it is never
 * run as code.
 */
import { MAX_OWN_LENGTH } from '../own/def';
import type { Node } from './ast';
import { derive } from './derive';
import { dualAt } from './dual';
import { FormulaError } from './errors';
import { branchKeyOf, run } from './evaluate';
import { toGlsl } from './glsl';
import { parseFormula } from './parse';
import { toPython } from './python';
import { buildTape, registers } from './tape';
import { toTex } from './tex';
import type { CompileResult, TypedExpr } from './types';

export interface CompileOptions {
  /** Names the caller reserves (link keys of the view): a parameter may not take one. */
  readonly reserved?: readonly string[];
  /** How many nodes the symbolic derivative may take before dual numbers stand in (default DERIVATIVE_NODE_BUDGET). */
  readonly derivativeNodeBudget?: number;
}

/** A compiled formula: the contract's TypedExpr, plus how its `derivative` is computed. */
export interface CompiledFormula extends TypedExpr {
  /**
   * 'symbolic' when `derivative` evaluates the symbolic derivative; 'dual' when that derivative grew past
   * its node budget and `derivative` is the dual-number one (then derivativeTex is undefined and the GLSL
   * derivative is NaN).
   */
  readonly derivativeKind: 'symbolic' | 'dual';
  /** The parsed formula and its derivative (undefined when 'dual'), for emitters and tests. */
  readonly root: Node;
  readonly derivativeRoot?: Node;
}

/** Compiles `text` as a formula in `variable` (r, m, z, p or x); never throws. */
export function compileExpression(text: string, variable: string, options: CompileOptions = {}): CompileResult {
  if (text.length > MAX_OWN_LENGTH) {
    return { ok: false, error: { message: `the formula is ${text.length} characters long; at most ${MAX_OWN_LENGTH}` } };
  }
  try {
    return { ok: true, expr: build(text, variable, options) };
  } catch (e) {
    if (e instanceof FormulaError) return { ok: false, error: e.at === undefined ? { message: e.message } : { message: e.message, at: e.at } };
    return { ok: false, error: { message: 'the formula could not be read' } };
  }
}

function build(text: string, variable: string, options: CompileOptions): CompiledFormula {
  const { root, params, factory } = parseFormula(text, variable, options.reserved ?? []);
  const derivativeRoot = derive(factory, root, options.derivativeNodeBudget);
  const valueTape = buildTape([root]);
  const vRegs = registers(valueTape);
  const dualVal = registers(valueTape);
  const dualDot = new Float64Array(valueTape.length);
  const dual = (x: number, q: ArrayLike<number>) => dualAt(valueTape, dualVal, dualDot, x, q);
  let derivative: (x: number, q: ArrayLike<number>) => number;
  let valueAndDerivative: (x: number, q: ArrayLike<number>, out: Float64Array) => void;
  if (derivativeRoot) {
    const bothTape = buildTape([root, derivativeRoot]);
    const bRegs = registers(bothTape);
    const [bv, bd] = [bothTape.out[0]!, bothTape.out[1]!];
    valueAndDerivative = (x, q, out) => {
      run(bothTape, bRegs, x, q);
      out[0] = bRegs[bv]!;
      out[1] = bRegs[bd]!;
    };
    const dTape = buildTape([derivativeRoot]);
    const dRegs = registers(dTape);
    const out = dTape.out[0]!;
    derivative = (x, q) => {
      run(dTape, dRegs, x, q);
      return dRegs[out]!;
    };
  } else {
    derivative = (x, q) => dual(x, q)[1];
    valueAndDerivative = (x, q, out) => {
      const [v, d] = dual(x, q);
      out[0] = v;
      out[1] = d;
    };
  }
  const vOut = valueTape.out[0]!;
  const glslDerivative = derivativeRoot ?? factory.num(NaN);
  const derivativeTex = derivativeRoot ? toTex(derivativeRoot, variable) : undefined;
  return {
    text: text.trim(),
    variable,
    params,
    value(x, q) {
      run(valueTape, vRegs, x, q);
      return vRegs[vOut]!;
    },
    derivative,
    valueAndDerivative,
    dual,
    branchKey(x, q) {
      run(valueTape, vRegs, x, q);
      return branchKeyOf(valueTape, vRegs);
    },
    tex: toTex(root, variable) ?? toTex(root, variable, Number.POSITIVE_INFINITY) ?? '',
    ...(derivativeTex === undefined ? {} : { derivativeTex }),
    python: toPython(root, variable),
    glsl: (uniform) => toGlsl(root, glslDerivative, variable, uniform),
    derivativeKind: derivativeRoot ? 'symbolic' : 'dual',
    root,
    ...(derivativeRoot ? { derivativeRoot } : {}),
  };
}
