/**
 * Compiles typed losses and puts them where the rest of the app finds built-in ones: the loss registry (as
 * LossSpecs) and the surface registry (as surface entries). The page and the surface worker both call it, so
 * this module and what it imports (the formula parser) load only where typed losses are used.
 */
import { compileExpression } from '../expr/compile';
import type { ExprError, TypedExpr } from '../expr/types';
import { setOwnLosses } from '../losses/registry';
import type { LossSpec } from '../types';
import { axisVariable, type OwnDef } from './def';
import { ownLossSpec } from './spec';
import { ownSurfaceLosses, setOwnSurfaceLosses } from './surface';

export type OwnCompiled =
  | { readonly ok: true; readonly def: OwnDef; readonly expr: TypedExpr; readonly spec: LossSpec }
  | { readonly ok: false; readonly def: OwnDef; readonly error: ExprError };

/** One typed loss compiled, or the parser's message for it. */
export function compileOwn(def: OwnDef): OwnCompiled {
  const r = compileExpression(def.text, axisVariable(def.axis));
  if (!r.ok) return { ok: false, def, error: r.error };
  return { ok: true, def, expr: r.expr, spec: ownLossSpec(def, r.expr) };
}

/** Registers the typed losses that compile (replacing all earlier ones) and returns every result. */
export function installOwn(defs: readonly OwnDef[]): OwnCompiled[] {
  const results = defs.map(compileOwn);
  const good = results.filter((r): r is Extract<OwnCompiled, { ok: true }> => r.ok);
  setOwnLosses(good.map((r) => r.spec));
  setOwnSurfaceLosses(good.flatMap((r) => ownSurfaceLosses(r.def, r.expr)));
  return results;
}
