import type { TypedExpr } from '../../src/math/expr/types';
import type { OwnDef } from '../../src/math/own/def';
import type { OwnCompiled } from '../../src/math/own/install';
import { handExpr } from '../../src/math/own/handTyped';
import { ownLossSpec } from '../../src/math/own/spec';
import { setOwnLosses } from '../../src/math/losses/registry';
import type { OwnEngine } from './ownHook';

/**
 * A stand-in for the formula engine in unit tests of the store and the link: a few formulas written by hand
 * (their values and derivatives computed here, not by the parser), registered through the real spec builder.
 */
/** A formula by hand: two branches (either side of 0), its text as TeX and Python. */
const hand = (text: string, variable: string, params: string[], value: (x: number, q: ArrayLike<number>) => number, derivative: (x: number, q: ArrayLike<number>) => number): TypedExpr =>
  handExpr({ text, variable, params, value, derivative, branchKey: (x) => (x < 0 ? 0 : 1), derivativeTex: `d(${text})` });

const FORMULAS: Readonly<Record<string, () => TypedExpr>> = {
  'abs(r)^q': () => hand('abs(r)^q', 'r', ['q'], (r, q) => Math.abs(r) ** q[0]!, (r, q) => q[0]! * Math.abs(r) ** (q[0]! - 1) * Math.sign(r)),
  'a*r^2': () => hand('a*r^2', 'r', ['a'], (r, q) => q[0]! * r * r, (r, q) => 2 * q[0]! * r),
  'abs(r)^x': () => hand('abs(r)^x', 'r', ['x'], (r, q) => Math.abs(r) ** q[0]!, () => NaN),
  'log(1 + exp(-a*m))': () => hand('log(1 + exp(-a*m))', 'm', ['a'], (m, q) => Math.log1p(Math.exp(-q[0]! * m)), (m, q) => -q[0]! / (1 + Math.exp(q[0]! * m))),
};

function compileOwn(def: OwnDef): OwnCompiled {
  const make = FORMULAS[def.text];
  if (make) return { ok: true, def, expr: make(), spec: ownLossSpec(def, make()) };
  const open = (def.text.match(/\(/g) ?? []).length - (def.text.match(/\)/g) ?? []).length;
  return { ok: false, def, error: open > 0 ? { message: 'missing )', at: def.text.length + 1 } : { message: 'unknown function `lgo` at 1', at: 1 } };
}

export const FAKE_ENGINE: OwnEngine = {
  compileOwn,
  installOwn(defs) {
    const results = defs.map(compileOwn);
    setOwnLosses(results.flatMap((r) => (r.ok ? [r.spec] : [])));
    return results;
  },
  undefinedParts: () => [],
  derivativeCheckText: () => '',
};
