import { describe, expect, it } from 'vitest';
import { constraintRegion } from './constraint';
import { argminOnGrid, minimumOf, refineMinimum, regularizationPath } from './minimum';
import { makeObjective } from './objective';
import { makeDataset } from './presets';
import { surfaceCpu } from './surfaceCpu';
import type { Regularizer, SurfaceRequest } from './types';

const line = makeDataset('reg-noisy', 6)!;
const mse: SurfaceRequest = { dataset: line, lossId: 'mse', params: {}, grid: { u: [-1, 4], v: [-3, 4], size: 64 }, reg: { kind: 'none' } };
const logistic: SurfaceRequest = {
  dataset: makeDataset('bin-overlap', 6)!,
  lossId: 'bce_logits',
  params: {},
  grid: { u: [-4, 4], v: [-4, 4], size: 64 },
  reg: { kind: 'l2', lambda: 0.1, l1Ratio: 0 },
};

/** argmin of mean (u·x + v − y)² + λu², from its 2×2 normal equations. */
function ridge(lambda: number): [number, number] {
  const m = (f: (i: number) => number) => Array.from({ length: line.n }, (_, i) => f(i)).reduce((s, t) => s + t, 0) / line.n;
  const sxx = m((i) => line.x[i]! ** 2);
  const sx = m((i) => line.x[i]!);
  const sy = m((i) => line.y[i]!);
  const sxy = m((i) => line.x[i]! * line.y[i]!);
  const u = (sxy - sx * sy) / (sxx + lambda - sx * sx);
  return [u, sy - u * sx];
}

describe('minimum and regularization path', () => {
  it('argminOnGrid picks the smallest finite cell', () => {
    const s = surfaceCpu(mse);
    const best = argminOnGrid(s, mse.grid)!;
    expect(best.value).toBe(Math.min(...s.value));
    expect(s.value[best.j * 64 + best.i]).toBe(best.value);
    expect(argminOnGrid({ size: 2, value: new Float64Array(4).fill(Number.NaN), du: new Float64Array(4), dv: new Float64Array(4) }, mse.grid)).toBeUndefined();
  });

  it('refines the MSE minimum to the least-squares line, and the L2 one to ridge', () => {
    const [u, v] = ridge(0);
    const m = minimumOf(mse)!;
    expect(m.u).toBeCloseTo(u, 6);
    expect(m.v).toBeCloseTo(v, 6);
    const r = refineMinimum(makeObjective({ ...mse, reg: { kind: 'l2', lambda: 2, l1Ratio: 0 } }), [0, 0]);
    expect(r.u).toBeCloseTo(ridge(2)[0], 6);
    expect(r.v).toBeCloseTo(ridge(2)[1], 6);
  });

  it('shrinks the slope as λ grows; L1 sets it to zero, the bias stays free', () => {
    const lambdas = [0.01, 0.1, 0.3, 1, 3, 10, 30];
    const l2 = regularizationPath({ ...mse, reg: { kind: 'l2', lambda: 0, l1Ratio: 0 } }, lambdas);
    expect(l2.map((p) => p.lambda)).toEqual(lambdas);
    for (let k = 0; k < l2.length; k++) expect(l2[k]!.u).toBeCloseTo(ridge(lambdas[k]!)[0], 5);
    const l1 = regularizationPath({ ...mse, reg: { kind: 'l1', lambda: 0, l1Ratio: 0 } }, lambdas);
    for (let k = 1; k < l1.length; k++) expect(Math.abs(l1[k]!.u)).toBeLessThanOrEqual(Math.abs(l1[k - 1]!.u) + 1e-9);
    expect(Math.abs(l1.at(-1)!.u)).toBeLessThan(1e-6);
    // with the slope at zero the unpenalized bias sits at the mean target (MSE's optimum)
    expect(l1.at(-1)!.v).toBeCloseTo(line.y.reduce((s, y) => s + y, 0) / line.n, 5);
  });

  it('draws the L2 circle through the optimum, tangent to the data-loss contour there', () => {
    const best = minimumOf(logistic)!;
    const region = constraintRegion('binary', logistic.reg, best)!;
    expect(region.shape).toBe('circle');
    for (const [u, v] of region.points) expect(Math.hypot(u, v)).toBeCloseTo(Math.hypot(best.u, best.v), 12);
    // KKT: ∇data(w*) = −2λw*, so the data gradient is normal to the circle (parallel to w*)
    const data = makeObjective({ ...logistic, reg: { kind: 'none' } })(best.u, best.v);
    expect(data.du * best.v - data.dv * best.u).toBeCloseTo(0, 5);
  });

  it.each([
    [{ kind: 'l1', lambda: 0.1, l1Ratio: 0 }, 'diamond'],
    [{ kind: 'elastic_net', lambda: 0.1, l1Ratio: 0.4 }, 'rounded-diamond'],
  ] as [Regularizer, string][])('draws the %o region as a closed %s through the optimum', (reg, shape) => {
    const opt = { u: 0.8, v: -1.3 };
    const region = constraintRegion('binary', reg, opt, 64)!;
    const rho = reg.kind === 'l1' ? 1 : 0.4;
    const level = (u: number, v: number) => rho * (Math.abs(u) + Math.abs(v)) + (1 - rho) * (u * u + v * v);
    expect(region.shape).toBe(shape);
    expect(region.level).toBeCloseTo(level(opt.u, opt.v), 14);
    expect(region.points).toHaveLength(65);
    expect(region.points[0]).toEqual(region.points[64]);
    for (const [u, v] of region.points) expect(level(u, v)).toBeCloseTo(region.level, 12);
  });

  it('gives regression a band |u| ≤ |u*| (only the slope is a weight) and nothing for none or softmax3', () => {
    expect(constraintRegion('regression', { kind: 'l1', lambda: 1, l1Ratio: 0 }, { u: -0.7, v: 2 })).toEqual({ shape: 'band', level: 0.7, points: [], halfWidth: 0.7 });
    expect(constraintRegion('binary', { kind: 'none' }, { u: 1, v: 1 })).toBeUndefined();
    expect(constraintRegion('softmax3', { kind: 'l2', lambda: 1, l1Ratio: 0 }, { u: 1, v: 1 })).toBeUndefined();
  });
});
