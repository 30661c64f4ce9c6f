import { describe, expect, it } from 'vitest';
import {
  correlatedRegression,
  exactZeros,
  fitPenalized,
  lambdaAllZero,
  logGrid,
  objective,
  regularizationPath,
  type Penalty,
  type RegressionData,
} from './regularization';

const data = correlatedRegression(7);
const n = data.y.length;
const d = data.columns.length;

/** (2/n) x_kᵀ(y − Xw): minus the data loss's gradient in w_k. */
function pull(dd: RegressionData, w: readonly number[]): number[] {
  return dd.columns.map((col) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += col[i]! * (dd.y[i]! - w.reduce((a, wk, k) => a + wk * dd.columns[k]![i]!, 0));
    return (2 * s) / n;
  });
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A small and well conditioned). */
function solve(A: number[][], b: number[]): number[] {
  const m = A.map((row, i) => [...row, b[i]!]);
  const k = b.length;
  for (let c = 0; c < k; c++) {
    const piv = m.slice(c).reduce((best, row, i) => (Math.abs(row[c]!) > Math.abs(m[best]![c]!) ? c + i : best), c);
    [m[c], m[piv]] = [m[piv]!, m[c]!];
    for (let r = c + 1; r < k; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let j = c; j <= k; j++) m[r]![j] = m[r]![j]! - f * m[c]![j]!;
    }
  }
  const x = Array.from({ length: k }, () => 0);
  for (let r = k - 1; r >= 0; r--) x[r] = (m[r]![k]! - m[r]!.slice(r + 1, k).reduce((s, v, j) => s + v * x[r + 1 + j]!, 0)) / m[r]![r]!;
  return x;
}

describe('the correlated regression', () => {
  it('is standardized, centred and has correlated pairs', () => {
    for (const col of data.columns) {
      expect(Math.abs(col.reduce((a, b) => a + b, 0) / n)).toBeLessThan(1e-12);
      expect(col.reduce((a, b) => a + b * b, 0) / n).toBeCloseTo(1, 12);
    }
    const corr = data.columns[0]!.reduce((s, x, i) => s + x * data.columns[1]![i]!, 0) / n;
    expect(corr).toBeGreaterThan(0.5);
    expect(correlatedRegression(7).y).toEqual(data.y);
  });
});

describe('penalized fits', () => {
  it('L1 meets its optimality conditions: |pull| = λ on nonzero weights, ≤ λ on exact zeros', () => {
    for (const lambda of [0.01, 0.1, 0.5, 1, 2]) {
      const w = fitPenalized(data, { kind: 'l1', lambda, l1Ratio: 1 });
      pull(data, w).forEach((g, k) => {
        if (w[k] === 0) expect(Math.abs(g)).toBeLessThanOrEqual(lambda + 1e-10);
        else expect(Math.abs(g - lambda * Math.sign(w[k]!))).toBeLessThan(1e-9);
      });
    }
  });

  it('elastic net meets its conditions: pull − 2λ(1 − ρ)w = λρ·sign(w), or |pull| ≤ λρ at 0', () => {
    const rho = 0.4;
    for (const lambda of [0.05, 0.5, 3]) {
      const w = fitPenalized(data, { kind: 'elastic_net', lambda, l1Ratio: rho });
      pull(data, w).forEach((g, k) => {
        if (w[k] === 0) expect(Math.abs(g)).toBeLessThanOrEqual(lambda * rho + 1e-10);
        else expect(Math.abs(g - 2 * lambda * (1 - rho) * w[k]! - lambda * rho * Math.sign(w[k]!))).toBeLessThan(1e-9);
      });
    }
  });

  it('L2 equals the ridge solution (XᵀX/n + λI)⁻¹ Xᵀy/n', () => {
    for (const lambda of [0.001, 0.3, 5]) {
      const A = data.columns.map((ci, i) => data.columns.map((cj, j) => ci.reduce((s, x, t) => s + x * cj[t]!, 0) / n + (i === j ? lambda : 0)));
      const b = data.columns.map((c) => c.reduce((s, x, t) => s + x * data.y[t]!, 0) / n);
      const want = solve(A, b);
      fitPenalized(data, { kind: 'l2', lambda, l1Ratio: 0 }).forEach((wk, k) => expect(Math.abs(wk - want[k]!)).toBeLessThan(1e-10));
    }
  });

  it('is the minimum: every small move raises the objective', () => {
    const p: Penalty = { kind: 'elastic_net', lambda: 0.3, l1Ratio: 0.7 };
    const w = fitPenalized(data, p);
    const best = objective(data, p, w);
    for (let k = 0; k < d; k++) {
      for (const h of [1e-4, -1e-4]) expect(objective(data, p, w.map((v, j) => (j === k ? v + h : v)))).toBeGreaterThan(best);
    }
  });
});

describe('the λ path', () => {
  const lambdas = logGrid(1e-3, 10, 80);

  it('L1: the count of exact zeros never falls as λ grows, from none to all', () => {
    const zeros = regularizationPath(data, { kind: 'l1', l1Ratio: 1 }, lambdas).map(exactZeros);
    zeros.slice(1).forEach((z, i) => expect(z).toBeGreaterThanOrEqual(zeros[i]!));
    expect(zeros[0]).toBe(0);
    expect(zeros.at(-1)).toBe(d);
  });

  it('L2: no weight is ever exactly zero, and the weights shrink', () => {
    const path = regularizationPath(data, { kind: 'l2', l1Ratio: 0 }, lambdas);
    const norms = path.map((w) => Math.hypot(...w));
    path.forEach((w) => expect(exactZeros(w)).toBe(0));
    norms.slice(1).forEach((v, i) => expect(v).toBeLessThan(norms[i]!));
  });

  it('every weight is zero exactly from λ_max = 2 max|x_kᵀy|/(nρ) on', () => {
    for (const p of [{ kind: 'l1', l1Ratio: 1 }, { kind: 'elastic_net', l1Ratio: 0.5 }] as const) {
      const top = lambdaAllZero(data, p);
      expect(exactZeros(fitPenalized(data, { ...p, lambda: top * 1.0001 }))).toBe(d);
      expect(exactZeros(fitPenalized(data, { ...p, lambda: top * 0.999 }))).toBeLessThan(d);
    }
    expect(lambdaAllZero(data, { kind: 'l2', l1Ratio: 0 })).toBe(Infinity);
  });

  it('a warm-started path agrees with cold fits', () => {
    const path = regularizationPath(data, { kind: 'l1', l1Ratio: 1 }, lambdas);
    for (const i of [10, 40, 70]) {
      const cold = fitPenalized(data, { kind: 'l1', lambda: lambdas[i]!, l1Ratio: 1 });
      cold.forEach((w, k) => expect(Math.abs(w - path[i]![k]!)).toBeLessThan(1e-10));
      expect(exactZeros(cold)).toBe(exactZeros(path[i]!));
    }
  });
});
