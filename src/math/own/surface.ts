/** A typed loss on the surface view: its surface entries (regression for a residual, binary for a margin). Helper h3 writes it. */
import type { TypedExpr } from '../expr/types';
import type { SurfaceLoss } from '../surface/model';
import type { OwnDef } from './def';

export function ownSurfaceLosses(def: OwnDef, expr: TypedExpr): SurfaceLoss[] {
  void def;
  void expr;
  return [];
}

/** Replaces the typed surface entries (helper h3 wires it into the surface registry). */
export function setOwnSurfaceLosses(entries: readonly SurfaceLoss[]): void {
  void entries;
}
