import { describe, expect, it } from 'vitest';
import { datasetOf } from '../../surface/datasets';
import { surfaceCpu } from '../../surface/surfaceCpu';
import type { SurfaceRequest } from '../../surface/types';
import { assembleSurface } from './assemble';
import { compareSurfaces } from './agreement';

const ds = datasetOf('regression', 1, [-2, -1, 0.5, 1, 2.5], [0.3, 1.2, 2.0, 2.1, 4.4]);
const base: SurfaceRequest = { dataset: ds, lossId: 'mse', params: {}, grid: { u: [-1, 3], v: [-2, 2], size: 9 }, reg: { kind: 'none' } };

/** GPU-shaped texels (value, ∂u, ∂v, guard) from a float64 surface of the data term alone. */
function texelsOf(req: SurfaceRequest, guard: (k: number) => number): Float32Array {
  const s = surfaceCpu({ ...req, reg: { kind: 'none' } });
  const t = new Float32Array(4 * s.size * s.size);
  for (let k = 0; k < s.size * s.size; k++) t.set([s.value[k]!, s.du[k]!, s.dv[k]!, guard(k)], 4 * k);
  return t;
}

describe('assembleSurface', () => {
  it('adds λR in float64 through the core, never on the bias', () => {
    const req: SurfaceRequest = { ...base, reg: { kind: 'elastic_net', lambda: 0.7, l1Ratio: 0.4 } };
    const a = compareSurfaces(assembleSurface(req, texelsOf(req, () => 1e30)), surfaceCpu(req));
    expect(a.agrees).toBe(true);
    expect(a.value.relative).toBeLessThan(1e-6);
    expect(a.defined).toBe(81);
  });

  it('redoes near-pole msle cells in float64 and marks clearly undefined ones NaN, as surfaceCpu does', () => {
    const req: SurfaceRequest = { ...base, lossId: 'msle', grid: { u: [-1, 1], v: [-1, 3], size: 17 } };
    const cpu = surfaceCpu(req);
    const G = 17;
    // The guard min(1 + f) over the samples, as the kernel computes it.
    const guard = (k: number) => {
      const u = -1 + (2 * (k % G)) / (G - 1);
      const v = -1 + (4 * Math.floor(k / G)) / (G - 1);
      return Math.min(...[...ds.x].map((x) => u * x + v + 1));
    };
    const texels = texelsOf(req, guard);
    // Poison every refined cell: the result must still match, so they were recomputed.
    for (let k = 0; k < G * G; k++) if (Math.abs(guard(k)) < 0.1) texels.set([7, 7, 7], 4 * k);
    const gpu = assembleSurface(req, texels, 0.1);
    expect(cpu.undefinedCells).toBeGreaterThan(0);
    expect(gpu.undefinedCells).toBe(cpu.undefinedCells);
    expect(gpu.problem).toBe(cpu.problem);
    expect(compareSurfaces(gpu, cpu).agrees).toBe(true);
  });
});

describe('compareSurfaces', () => {
  it('measures each field against its own range and counts one-sided NaN', () => {
    const cpu = surfaceCpu(base);
    const off = { ...cpu, du: cpu.du.map((x, k) => (k === 3 ? x + 1e-3 : x)) };
    const a = compareSurfaces(off, cpu);
    expect(a.du.maxDiff).toBeCloseTo(1e-3, 9);
    expect(a.du.relative).toBeCloseTo(1e-3 / a.du.range, 9);
    expect(a.agrees).toBe(a.du.relative <= 1e-4);
    const holed = { ...cpu, value: cpu.value.map((x, k) => (k === 0 ? Number.NaN : x)) };
    expect(compareSurfaces(holed, cpu)).toMatchObject({ nanMismatch: 1, agrees: false });
  });
});

describe('compareSurfaces at a kink', () => {
  // One sample (x₁, x₂) = (1, 0), label +1: at u = 1 its hinge margin is exactly 1, the kink.
  const req: SurfaceRequest = {
    dataset: datasetOf('binary', 2, [1, 0], [1]),
    lossId: 'hinge',
    params: {},
    grid: { u: [0, 2], v: [-1, 1], size: 3 },
    reg: { kind: 'none' },
  };
  const cpu = surfaceCpu(req);
  const kink = 1 * 3 + 1; // (i, j) = (1, 1): u = 1, v = 0
  const otherSide = { ...cpu, du: cpu.du.map((x, k) => (k === kink ? 0 : x)) };

  it('accepts the other one-sided derivative where a sample sits on the kink, and counts it', () => {
    expect(cpu.du[kink]).toBe(-1);
    expect(compareSurfaces(otherSide, cpu).agrees).toBe(false);
    expect(compareSurfaces(otherSide, cpu, req)).toMatchObject({ agrees: true, kinkCells: 1 });
  });

  it('accepts any subgradient between the two sides (sign(0) = 0 in float32), not beyond them', () => {
    const mid = { ...cpu, du: cpu.du.map((x, k) => (k === kink ? -0.5 : x)) };
    expect(compareSurfaces(mid, cpu, req)).toMatchObject({ agrees: true, kinkCells: 1 });
    const beyond = { ...cpu, du: cpu.du.map((x, k) => (k === kink ? -2 : x)) };
    expect(compareSurfaces(beyond, cpu, req).agrees).toBe(false);
  });

  it('still rejects a wrong gradient away from any kink, and a wrong value at the kink', () => {
    const wrong = { ...cpu, du: cpu.du.map((x, k) => (k === 0 ? x + 0.5 : x)) };
    expect(compareSurfaces(wrong, cpu, req)).toMatchObject({ agrees: false, kinkCells: 0 });
    const badValue = { ...otherSide, value: cpu.value.map((x, k) => (k === kink ? x + 0.5 : x)) };
    expect(compareSurfaces(badValue, cpu, req).agrees).toBe(false);
  });
});
