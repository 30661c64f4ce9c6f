import { describe, expect, it } from 'vitest';
import { descend, projectMaxNorm } from './descend';
import { makeObjective } from './objective';
import { makeDataset } from './presets';
import type { ObjectiveSpec } from './types';

const mse: ObjectiveSpec = { dataset: makeDataset('reg-noisy', 2)!, lossId: 'mse', params: {}, reg: { kind: 'none' } };
const logistic: ObjectiveSpec = { dataset: makeDataset('bin-overlap', 2)!, lossId: 'bce_logits', params: {}, reg: { kind: 'l2', lambda: 0.05, l1Ratio: 0 } };

describe('descend', () => {
  it.each([
    ['mse', mse],
    ['logistic + L2', logistic],
    ['log-cosh', { ...mse, lossId: 'log_cosh' }],
  ] as const)('decreases a convex objective (%s) at every step for a small learning rate', (_, spec) => {
    const { path, stop } = descend({ objective: makeObjective(spec), start: [3, -2], method: 'gd', lr: 0.02, steps: 200 });
    expect(stop).toBe('steps');
    expect(path).toHaveLength(201);
    for (let k = 1; k < path.length; k++) expect(path[k]!.value).toBeLessThanOrEqual(path[k - 1]!.value);
    expect(path.at(-1)!.value).toBeLessThan(path[0]!.value / 2);
  });

  it('with momentum gets closer to the minimum than plain GD in the same steps', () => {
    const objective = makeObjective(mse);
    const gd = descend({ objective, start: [3, -2], method: 'gd', lr: 0.01, steps: 60 });
    const hb = descend({ objective, start: [3, -2], method: 'momentum', lr: 0.01, steps: 60, momentum: 0.8 });
    expect(hb.path.at(-1)!.value).toBeLessThan(gd.path.at(-1)!.value);
  });

  it('projects the weights, never the bias, into the max-norm ball', () => {
    const [pu, pv] = projectMaxNorm(3, 4, 1, 'uv');
    expect(pu).toBeCloseTo(0.6, 15);
    expect(pv).toBeCloseTo(0.8, 15);
    expect(projectMaxNorm(3, 40, 1, 'u')).toEqual([1, 40]);
    expect(projectMaxNorm(0.3, 0.4, 1, 'uv')).toEqual([0.3, 0.4]);
    const bin = descend({ objective: makeObjective(logistic), start: [4, 4], method: 'projected', lr: 0.1, steps: 50, maxNorm: 0.5 });
    for (const p of bin.path) expect(Math.hypot(p.u, p.v)).toBeLessThanOrEqual(0.5 + 1e-12);
    const reg = descend({ objective: makeObjective(mse), start: [0, 0], method: 'projected', lr: 0.05, steps: 200, maxNorm: 0.5, weightAxes: 'u' });
    const end = reg.path.at(-1)!;
    expect(Math.abs(end.u)).toBeCloseTo(0.5, 9);
    expect(Math.abs(end.v)).toBeGreaterThan(0.1); // the bias moved freely
  });

  it('stops on divergence with a message and no NaN or infinity in the path', () => {
    const d = descend({ objective: makeObjective(mse), start: [1, 1], method: 'gd', lr: 5, steps: 10_000 });
    expect(d.stop).toBe('diverged');
    expect(d.message).toMatch(/Lower the learning rate/);
    expect(d.path.length).toBeLessThan(10_000);
    expect(d.path.every((p) => [p.u, p.v, p.value].every(Number.isFinite))).toBe(true);
  });

  it('stops where the gradient is exactly zero, and refuses a bad learning rate', () => {
    const hinge = makeObjective({ dataset: makeDataset('bin-separable', 1)!, lossId: 'hinge', params: {}, reg: { kind: 'none' } });
    const d = descend({ objective: hinge, start: [12, 8], method: 'gd', lr: 0.1, steps: 100 });
    expect(d.stop).toBe('stationary');
    expect(d.path).toHaveLength(1);
    const bad = descend({ objective: hinge, start: [0, 0], method: 'gd', lr: -1, steps: 5 });
    expect([bad.stop, bad.path.length]).toEqual(['invalid', 0]);
    expect(bad.message).toMatch(/learning rate/);
    expect(descend({ objective: hinge, start: [0, 0], method: 'momentum', lr: 0.1, steps: 5, momentum: 1 }).message).toMatch(/β/);
    expect(descend({ objective: hinge, start: [Number.NaN, 0], method: 'gd', lr: 0.1, steps: 5 }).stop).toBe('invalid');
  });
});
