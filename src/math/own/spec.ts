/** The registry spec (LossSpec) of a typed loss: drawn, typeset and called like a built-in. Helper h2 writes it. */
import type { TypedExpr } from '../expr/types';
import type { LossSpec } from '../types';
import type { OwnDef } from './def';

export function ownLossSpec(def: OwnDef, expr: TypedExpr): LossSpec {
  throw new Error(`not built yet: ${def.id} ${expr.text}`);
}
