import { focalOfPt, focalOfPtDeriv } from '../losses/focal';

/**
 * Cross-entropy, focal loss and Poly-1 as polynomials in (1 − p_t) (Leng et al. 2022, "PolyLoss"), where
 * p_t ∈ (0, 1] is the probability the model gives the true class:
 *   CE     = −log p_t              = Σ_{j≥1} (1/j)(1 − p_t)^j
 *   focal  = −(1 − p_t)^γ log p_t  = Σ_{j≥1} (1/j)(1 − p_t)^{j+γ}   (each power moves right by γ)
 *   Poly-1 = −log p_t + ε(1 − p_t) = (1 + ε)(1 − p_t) + Σ_{j≥2} (1/j)(1 − p_t)^j   (the first coefficient moves up by ε)
 * Focal loss here has no class weight (α_t = 1), so it is CE exactly when γ = 0.
 */
export type SeriesKind = 'ce' | 'focal' | 'poly1';

export interface SeriesParams {
  /** Focal loss's focusing exponent γ ≥ 0. */
  readonly gamma: number;
  /** Poly-1's extra weight ε on the first term. */
  readonly epsilon: number;
}

/** The j-th term of a series: coefficient · (1 − p_t)^power. */
export interface PolyTerm {
  readonly j: number;
  readonly power: number;
  readonly coefficient: number;
}

/** The first `count` terms (j = 1 … count) of `kind`'s expansion in (1 − p_t). */
export function polyTerms(kind: SeriesKind, p: SeriesParams, count: number): PolyTerm[] {
  return Array.from({ length: Math.max(0, Math.floor(count)) }, (_, i) => {
    const j = i + 1;
    const power = kind === 'focal' ? j + p.gamma : j;
    const coefficient = kind === 'poly1' && j === 1 ? 1 + p.epsilon : 1 / j;
    return { j, power, coefficient };
  });
}

/** Σ coefficient · (1 − p_t)^power over `terms`: the truncated series at p_t. */
export function seriesAt(terms: readonly PolyTerm[], pt: number): number {
  const q = 1 - pt;
  let s = 0;
  for (const t of terms) s += t.coefficient * q ** t.power;
  return s;
}

/** d/dp_t of seriesAt: −Σ coefficient · power · (1 − p_t)^{power − 1}. */
export function seriesSlopeAt(terms: readonly PolyTerm[], pt: number): number {
  const q = 1 - pt;
  let s = 0;
  for (const t of terms) s -= t.coefficient * t.power * q ** (t.power - 1);
  return s;
}

/** The loss itself in closed form at p_t ∈ (0, 1]. */
export function lossAt(kind: SeriesKind, p: SeriesParams, pt: number): number {
  if (kind === 'focal') return focalOfPt(pt, p.gamma, -1);
  const ce = -Math.log(pt);
  return kind === 'poly1' ? ce + p.epsilon * (1 - pt) : ce;
}

/** d lossAt / dp_t in closed form, p_t ∈ (0, 1). */
export function lossSlopeAt(kind: SeriesKind, p: SeriesParams, pt: number): number {
  if (kind === 'focal') return focalOfPtDeriv(pt, p.gamma, -1);
  return kind === 'poly1' ? -1 / pt - p.epsilon : -1 / pt;
}

/**
 * An upper bound on what the series leaves out after `count` ≥ 1 terms, at p_t ∈ (0, 1]:
 * the tail Σ_{j>n} q^{j+s}/j ≤ q^{n+1+s} / ((n + 1)(1 − q)) with q = 1 − p_t and s = γ for focal, 0 otherwise
 * (Poly-1 differs from CE only in its first term, which every truncation keeps).
 */
export function tailBound(kind: SeriesKind, p: SeriesParams, pt: number, count: number): number {
  const q = 1 - pt;
  const shift = kind === 'focal' ? p.gamma : 0;
  return q ** (count + 1 + shift) / ((count + 1) * pt);
}

/**
 * The fewest terms whose truncated CE series is within `rel` (relative) of −log p_t, for p_t ∈ (0, 1);
 * `limit` caps the search (returned when not reached).
 */
export function termsWithin(pt: number, rel: number, limit = 100_000): number {
  const ce = -Math.log(pt);
  const q = 1 - pt;
  let s = 0;
  let qj = 1;
  for (let j = 1; j <= limit; j++) {
    qj *= q;
    s += qj / j;
    if (ce - s <= rel * ce) return j;
  }
  return limit;
}
