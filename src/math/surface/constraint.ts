/**
 * The constraint region that matches a regularizer: the penalized optimum w* is also the optimum of the data
 * loss alone under R(w) ≤ R(w*). These helpers draw that region's boundary through w* on the (u, v) plane.
 */
import { SURFACE_MODELS } from './models';
import type { ModelKind, Regularizer } from './types';

export type RegionShape = 'diamond' | 'circle' | 'rounded-diamond' | 'band';

export interface ConstraintRegion {
  readonly shape: RegionShape;
  /**
   * R/λ at the optimum, the level the boundary keeps. binary: ρ(|u| + |v|) + (1 − ρ)(u² + v²) with ρ = 1 for
   * L1 (the diamond |u| + |v| = level), 0 for L2 (the circle of radius √level), l1Ratio for elastic net.
   * regression: |u*|.
   */
  readonly level: number;
  /** Closed polyline of the boundary (first point repeated last); for 'band', empty. */
  readonly points: readonly (readonly [u: number, v: number])[];
  /** For 'band' (regression, where only u is a weight and v is the bias): the region is |u| ≤ halfWidth for any v. */
  readonly halfWidth?: number;
}

/**
 * The boundary {R(w) = R(w*)} through the optimum (u*, v*), for R = L1, L2 or elastic net (shape set by the
 * L1 share ρ, not by λ, which only scales R). binary: both coordinates are weights, so the region is a diamond
 * |u| + |v| ≤ t (L1), a circle u² + v² ≤ r² (L2) or a rounded diamond in between (elastic net); `segments`
 * points around it. regression: only the slope u is a weight (v is the bias, never penalized), so every
 * regularizer gives the band |u| ≤ |u*|. softmax3 slices and reg 'none' have no region: undefined. Which of
 * these a model gets is its spec's `region`.
 */
export function constraintRegion(
  kind: ModelKind,
  reg: Regularizer,
  optimum: { readonly u: number; readonly v: number },
  segments = 128,
): ConstraintRegion | undefined {
  const region = SURFACE_MODELS[kind].region;
  if (reg.kind === 'none' || region === 'none') return undefined;
  const { u, v } = optimum;
  if (!Number.isFinite(u) || !Number.isFinite(v)) return undefined;
  if (region === 'band') return { shape: 'band', level: Math.abs(u), points: [], halfWidth: Math.abs(u) };
  const rho = reg.kind === 'l1' ? 1 : reg.kind === 'l2' ? 0 : Math.min(1, Math.max(0, reg.l1Ratio));
  const level = rho * (Math.abs(u) + Math.abs(v)) + (1 - rho) * (u * u + v * v);
  const shape: RegionShape = rho === 1 ? 'diamond' : rho === 0 ? 'circle' : 'rounded-diamond';
  const points: [number, number][] = [];
  for (let k = 0; k <= segments; k++) {
    const t = (2 * Math.PI * (k % segments)) / segments;
    const c = Math.cos(t);
    const s = Math.sin(t);
    // Radius r along (c, s) solves (1 − ρ)r² + ρ(|c| + |s|)r = level.
    const a = 1 - rho;
    const b = rho * (Math.abs(c) + Math.abs(s));
    const r = a === 0 ? level / b : (-b + Math.sqrt(b * b + 4 * a * level)) / (2 * a);
    points.push([r * c, r * s]);
  }
  return { shape, level, points };
}
