import { normal, seededRng } from '../random';

/**
 * Penalized least squares on a small regression with correlated features, solved exactly by coordinate
 * descent, so that L1 gives exact zeros. The objective is the data loss plus the registry's penalty:
 *   (1/n)‖y − Xw‖² + λ Σ_k [ρ|w_k| + (1 − ρ) w_k²]
 * with ρ = 1 for L1 (λ|w|), 0 for L2 (λw²) and l1_ratio for elastic net. Features are standardized
 * ((1/n)Σ x² = 1, mean 0) and y centred, so there is no intercept to leave unpenalized.
 */
export interface RegressionData {
  /** Feature columns, each of length n. */
  readonly columns: readonly Float64Array[];
  readonly y: Float64Array;
  readonly names: readonly string[];
}

export type PenaltyKind = 'l1' | 'l2' | 'elastic_net';

export interface Penalty {
  readonly kind: PenaltyKind;
  /** λ ≥ 0. */
  readonly lambda: number;
  /** Elastic net's L1 share ρ ∈ [0, 1]; ignored by l1 (ρ = 1) and l2 (ρ = 0). */
  readonly l1Ratio: number;
}

/** The weights the data were made from: three pairs of correlated features, one of each pair useful. */
export const TRUE_WEIGHTS: readonly number[] = [3, 0, -2, 0, 1, 0.5];

/**
 * n samples of 6 features in 3 pairs; each pair shares a latent normal z, x = corr·z + √(1 − corr²)·e, so the
 * two features of a pair have correlation about `corr`. y = x·TRUE_WEIGHTS + noise (sd 1). Seeded: the same
 * seed gives the same data.
 */
export function correlatedRegression(seed: number, n = 40, corr = 0.85): RegressionData {
  const rng = seededRng(seed);
  const d = TRUE_WEIGHTS.length;
  const raw = Array.from({ length: d }, () => new Float64Array(n));
  const y = new Float64Array(n);
  const side = Math.sqrt(1 - corr * corr);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < d; k += 2) {
      const z = normal(rng);
      raw[k]![i] = corr * z + side * normal(rng);
      raw[k + 1]![i] = corr * z + side * normal(rng);
    }
    y[i] = raw.reduce((s, col, k) => s + TRUE_WEIGHTS[k]! * col[i]!, 0) + normal(rng);
  }
  return { columns: raw.map(standardize), y: centre(y), names: raw.map((_, k) => `x${k + 1}`) };
}

function centre(v: Float64Array): Float64Array {
  const m = v.reduce((a, b) => a + b, 0) / v.length;
  return v.map((x) => x - m);
}

function standardize(v: Float64Array): Float64Array {
  const c = centre(v);
  const s = Math.sqrt(c.reduce((a, b) => a + b * b, 0) / c.length);
  return c.map((x) => x / s);
}

const shareOf = (p: Penalty) => (p.kind === 'l1' ? 1 : p.kind === 'l2' ? 0 : Math.min(1, Math.max(0, p.l1Ratio)));

/** sign(z)·max(|z| − t, 0): exactly 0 when |z| ≤ t. */
export function softThreshold(z: number, t: number): number {
  return z > t ? z - t : z < -t ? z + t : 0;
}

/** The objective's value at w. */
export function objective(data: RegressionData, p: Penalty, w: readonly number[]): number {
  const n = data.y.length;
  const rho = shareOf(p);
  let sse = 0;
  for (let i = 0; i < n; i++) {
    let f = 0;
    for (let k = 0; k < w.length; k++) f += data.columns[k]![i]! * w[k]!;
    sse += (data.y[i]! - f) ** 2;
  }
  return sse / n + p.lambda * w.reduce((s, wk) => s + rho * Math.abs(wk) + (1 - rho) * wk * wk, 0);
}

/**
 * The minimizer by cyclic coordinate descent: w_k ← S(b_k, λρ/2) / (a_k + λ(1 − ρ)), with a_k = (1/n)‖x_k‖²
 * and b_k = (1/n) x_kᵀ(partial residual without feature k). Starts from `start` (a warm start along a path)
 * and stops when no weight moves by more than 1e-13, or after `maxSweeps`.
 */
export function fitPenalized(data: RegressionData, p: Penalty, start?: readonly number[], maxSweeps = 20_000): number[] {
  const n = data.y.length;
  const d = data.columns.length;
  const rho = shareOf(p);
  const w = start ? [...start] : Array.from({ length: d }, () => 0);
  const r = Float64Array.from(data.y, (yi, i) => yi - w.reduce((s, wk, k) => s + wk * data.columns[k]![i]!, 0));
  const a = data.columns.map((col) => col.reduce((s, x) => s + x * x, 0) / n);
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let moved = 0;
    for (let k = 0; k < d; k++) {
      const col = data.columns[k]!;
      let b = 0;
      for (let i = 0; i < n; i++) b += col[i]! * (r[i]! + col[i]! * w[k]!);
      b /= n;
      const next = softThreshold(b, (p.lambda * rho) / 2) / (a[k]! + p.lambda * (1 - rho));
      const step = next - w[k]!;
      if (step !== 0) {
        for (let i = 0; i < n; i++) r[i] = r[i]! - step * col[i]!;
        w[k] = next;
        moved = Math.max(moved, Math.abs(step));
      }
    }
    if (moved < 1e-13) break;
  }
  return w;
}

/**
 * The smallest λ at which every weight is exactly zero, for a penalty with an L1 share ρ > 0:
 * w = 0 is optimal iff |(1/n) x_kᵀy| ≤ λρ/2 for every k, so λ_max = 2 max_k |(1/n) x_kᵀy| / ρ (∞ for L2).
 */
export function lambdaAllZero(data: RegressionData, p: Pick<Penalty, 'kind' | 'l1Ratio'>): number {
  const rho = shareOf({ ...p, lambda: 0 });
  const n = data.y.length;
  const top = Math.max(...data.columns.map((col) => Math.abs(col.reduce((s, x, i) => s + x * data.y[i]!, 0) / n)));
  return rho > 0 ? (2 * top) / rho : Infinity;
}

/** λ values evenly spaced in log10 from lo to hi (count ≥ 2). */
export function logGrid(lo: number, hi: number, count: number): number[] {
  const [a, b] = [Math.log10(lo), Math.log10(hi)];
  return Array.from({ length: count }, (_, i) => 10 ** (a + ((b - a) * i) / (count - 1)));
}

/** The weights at each λ of `lambdas` (ascending), each fit warm-started from the one before. */
export function regularizationPath(data: RegressionData, p: Omit<Penalty, 'lambda'>, lambdas: readonly number[]): number[][] {
  const out: number[][] = [];
  let w: number[] | undefined;
  for (const lambda of lambdas) {
    w = fitPenalized(data, { ...p, lambda }, w);
    out.push(w);
  }
  return out;
}

/** How many weights are exactly 0. */
export function exactZeros(w: readonly number[]): number {
  return w.filter((v) => v === 0).length;
}
