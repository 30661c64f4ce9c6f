import { describe, expect, it } from 'vitest';
import { huber } from '../losses/huber';
import { batchInputNames, evaluateOnCpu } from './batch';

describe('evaluateOnCpu', () => {
  it('gives per-sample huber values and derivatives through the spec', () => {
    const r = evaluateOnCpu('huber', { x: [0.5, 3, -2], target: [0, 0, 0] }, { delta: 1 });
    expect([...r.value]).toEqual([0.125, 2.5, 1.5]);
    expect([...r.derivative]).toEqual([0.5, 1, -1]);
    expect(r.mean).toBeCloseTo((0.125 + 2.5 + 1.5) / 3, 15);
  });

  it('matches the spec batch gradient times n', () => {
    const batch = { x: [0.3, -4, 1.7, 0.9], target: [1, -1, 0.2, 0.9] };
    const r = evaluateOnCpu('huber', batch);
    const g = huber.grad({ pred: batch.x, target: batch.target }, { delta: 1 }).pred as number[];
    g.forEach((gi, i) => expect(r.derivative[i]).toBeCloseTo(gi * 4, 14));
  });

  it('names x and target from the spec inputs, and rejects unknown losses', () => {
    expect(batchInputNames(huber)).toEqual({ x: 'pred', target: 'target' });
    expect(() => evaluateOnCpu('nope', { x: [1], target: [1] })).toThrow(/unknown loss "nope"/);
  });
});
