/**
 * A typed loss on the surface view: a residual-axis formula becomes a loss of the regression model (r = w·x + b − y),
 * a margin-axis one a loss of the binary model (m = y·w·x); other axes have no surface. The float64 loops call the
 * compiled formula per sample; the GLSL is the formula's guarded profile (ProfileGlsl.guarded), whose troubled
 * cells the GPU path recomputes with these loops, so both paths give the same surface.
 */
import type { TypedExpr } from '../expr/types';
import { ownUniformName, type ProfileGlsl } from '../surface/glsl';
import { defineLoss, type SurfaceLoss } from '../surface/model';
import { binary } from '../surface/models/binary';
import { regression } from '../surface/models/regression';
import { setOwnSurfaceEntries } from '../surface/registry';
import type { ModelKind } from '../surface/types';
import type { OwnDef } from './def';

/** The guarded profile of a typed formula, its parameters read from u_own_<index>. */
function ownGlsl(def: OwnDef, expr: TypedExpr, axis: 'residual' | 'margin'): ProfileGlsl {
  const uniform = (name: string) => ownUniformName(expr.params, name);
  return { id: def.id, axis, params: expr.params, source: expr.glsl(uniform), guarded: true, uniform };
}

/** Where a typed loss is undefined on a surface, in words (the surface's message quotes it). */
const domainOf = (what: string) => `the typed formula is not a finite number (or its derivative is not) for some ${what} there`;

/** ℓ(r) summed over r_i = u·a_i + v·b_i − y_i, with ∂r/∂u = a_i, ∂r/∂v = b_i. */
function residualLoss(def: OwnDef, expr: TypedExpr): SurfaceLoss<ModelKind> {
  const vd = new Float64Array(2);
  return defineLoss(regression, {
    id: def.id,
    params: expr.params,
    glsl: ownGlsl(def, expr, 'residual'),
    domain: domainOf('residual r = w·x + b − y'),
    typed: def,
    sums: ({ a, b, y }, q, u, v, out) => {
      let s = 0, gu = 0, gv = 0;
      for (let i = 0; i < y.length; i++) {
        expr.valueAndDerivative(u * a[i]! + v * b[i]! - y[i]!, q, vd);
        s += vd[0]!;
        const g = vd[1]!;
        gu += g * a[i]!;
        gv += g * b[i]!;
      }
      out[0] = s;
      out[1] = gu;
      out[2] = gv;
    },
  });
}

/** ℓ(m) summed over m_i = y_i·(u·a_i + v·b_i), labels ±1, with ∂m/∂u = y_i·a_i, ∂m/∂v = y_i·b_i. */
function marginLoss(def: OwnDef, expr: TypedExpr): SurfaceLoss<ModelKind> {
  const vd = new Float64Array(2);
  return defineLoss(binary, {
    id: def.id,
    params: expr.params,
    glsl: ownGlsl(def, expr, 'margin'),
    domain: domainOf('margin m = y·w·x'),
    typed: def,
    sums: ({ a, b, y }, q, u, v, out) => {
      let s = 0, gu = 0, gv = 0;
      for (let i = 0; i < y.length; i++) {
        expr.valueAndDerivative(y[i]! * (u * a[i]! + v * b[i]!), q, vd);
        s += vd[0]!;
        const g = vd[1]! * y[i]!;
        gu += g * a[i]!;
        gv += g * b[i]!;
      }
      out[0] = s;
      out[1] = gu;
      out[2] = gv;
    },
  });
}

/** The surface entries of a typed loss: one on the regression model for a residual, one on binary for a margin, else none. */
export function ownSurfaceLosses(def: OwnDef, expr: TypedExpr): SurfaceLoss<ModelKind>[] {
  if (def.axis === 'residual') return [residualLoss(def, expr)];
  if (def.axis === 'margin') return [marginLoss(def, expr)];
  return [];
}

/** Replaces the typed surface entries in the surface registry (menus, kernels and the CPU surface see them). */
export function setOwnSurfaceLosses(entries: readonly SurfaceLoss<ModelKind>[]): void {
  setOwnSurfaceEntries(entries);
}
