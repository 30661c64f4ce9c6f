import { describe, expect, it } from 'vitest';
import { descend } from './descend';
import { refineMinimum, zeroRegionReachesEdge } from './minimum';
import { surfaceCpu } from './surfaceCpu';
import { makeObjective, objectiveAt } from './objective';
import { makeDataset } from './presets';
import type { ObjectiveSpec } from './types';

// "W is not unique": on linearly separable data a W with zero hinge loss keeps zero loss when scaled by any
// c > 1 (every margin y·w·x ≥ 1 only grows), so the zero region runs off to infinity. An L2 penalty λ‖w‖²
// makes large W cost more, and the minimum becomes one finite point.
const data = makeDataset('bin-separable', 4)!;
const hinge: ObjectiveSpec = { dataset: data, lossId: 'hinge', params: { margin: 1 }, reg: { kind: 'none' } };

/** μ/‖μ‖ scaled so that the smallest margin is just above 1. */
function zeroLossW(): [number, number] {
  const [a, b] = [1.2 / Math.hypot(1.2, 0.8), 0.8 / Math.hypot(1.2, 0.8)];
  let least = Infinity;
  for (let i = 0; i < data.n; i++) least = Math.min(least, data.y[i]! * (a * data.x[2 * i]! + b * data.x[2 * i + 1]!));
  return [(1.01 * a) / least, (1.01 * b) / least];
}

/** Mean of the last `k` points of a path (iterate averaging settles a subgradient method's rattle). */
function tailMean(path: readonly { u: number; v: number }[], k: number): [number, number] {
  const tail = path.slice(-k);
  return [tail.reduce((s, p) => s + p.u, 0) / tail.length, tail.reduce((s, p) => s + p.v, 0) / tail.length];
}

describe('W is not unique without regularization', () => {
  it('scaling a zero-hinge-loss W by any c > 1 keeps the loss at zero', () => {
    const [u, v] = zeroLossW();
    for (const c of [1, 1.5, 2, 10, 1e3, 1e6]) {
      const p = objectiveAt(hinge, c * u, c * v);
      expect(p.value).toBe(0);
      expect([p.du, p.dv]).toEqual([0, 0]);
    }
    // and the zero set is a whole cone, not one ray: a slightly rotated W also has zero loss once scaled up
    const t = 0.1;
    expect(objectiveAt(hinge, 3 * (Math.cos(t) * u - Math.sin(t) * v), 3 * (Math.sin(t) * u + Math.cos(t) * v)).value).toBe(0);
  });

  it('with L2 the loss grows along that ray and gradient descent from two starts finds the same finite point', () => {
    const spec: ObjectiveSpec = { ...hinge, reg: { kind: 'l2', lambda: 0.05, l1Ratio: 0 } };
    const [u, v] = zeroLossW();
    const along = [2, 4, 8].map((c) => objectiveAt(spec, c * u, c * v).value);
    expect(along[1]).toBeGreaterThan(along[0]!);
    expect(along[2]).toBeGreaterThan(along[1]!);
    const objective = makeObjective(spec);
    const ends = ([[4, -3], [-3, 4]] as const).map((start) =>
      tailMean(descend({ objective, start, method: 'gd', lr: 0.05, steps: 4000 }).path, 1000),
    );
    expect(Math.hypot(ends[0]![0] - ends[1]![0], ends[0]![1] - ends[1]![1])).toBeLessThan(1e-4);
    const refined = ([[4, -3], [-3, 4]] as const).map((start) => refineMinimum(objective, start, { step: 0.1 }));
    expect(Math.hypot(refined[0]!.u - refined[1]!.u, refined[0]!.v - refined[1]!.v)).toBeLessThan(1e-6);
    expect(Math.hypot(refined[0]!.u - ends[0]![0], refined[0]!.v - ends[0]![1])).toBeLessThan(1e-3);
    expect(Math.hypot(...ends[0]!)).toBeLessThan(20);
    expect(Math.hypot(...ends[0]!)).toBeGreaterThan(0.5);
  });
});

describe('zeroRegionReachesEdge', () => {
  it('is true for hinge on separable data without regularization and false with L2', () => {
    const ds = makeDataset('bin-separable', 1)!;
    const grid = { u: [-4, 4] as const, v: [-4, 4] as const, size: 33 };
    const base = { dataset: ds, lossId: 'hinge', params: { margin: 1 }, grid };
    expect(zeroRegionReachesEdge(surfaceCpu({ ...base, reg: { kind: 'none' } }))).toBe(true);
    expect(zeroRegionReachesEdge(surfaceCpu({ ...base, reg: { kind: 'l2', lambda: 0.05, l1Ratio: 0 } }))).toBe(false);
  });
});
