import { describe, expect, it } from 'vitest';
import type { PanelCurve } from '../../../src/components/charts/CurvePanels';
import type { Profile } from '../../../src/math/types';
import { breakAtBranches } from './branchBreaks';

/** A profile written by hand, sampled at `xs` (the kink at 0 lies between two samples). */
function curveOf(profile: Profile, xs: number[]): PanelCurve {
  const x = Float64Array.from(xs);
  return { id: 't', label: 't', color: '#000', x, value: x.map((v) => profile.value(v, {})), derivative: x.map((v) => profile.derivative(v, {})) };
}

const base = { axis: 'residual', label: 'r', xTex: 'r', xText: 'r', domain: [-2, 2], batch: () => ({ inputs: {}, dx: () => 0 }) } as const;
const xs = [-2, -1.5, -1, -0.25, 0.25, 1, 1.5, 2];

describe('breaking a typed loss’s curve at its branches', () => {
  it('leaves a curve without branch keys alone', () => {
    const p: Profile = { ...base, value: Math.abs, derivative: Math.sign };
    const c = curveOf(p, xs);
    expect(breakAtBranches(c, p, {})).toBe(c);
  });

  it('breaks the derivative at a kink but keeps the value joined', () => {
    const p: Profile = { ...base, value: Math.abs, derivative: Math.sign, branchKey: (x) => (x < 0 ? 0 : 1) };
    const c = curveOf(p, xs);
    const out = breakAtBranches(c, p, {});
    expect(out.x).toBe(c.x);
    // The first sample past the kink (x = 0.25) loses its derivative; every value stays.
    expect(Array.from(out.derivative)).toEqual([-1, -1, -1, -1, NaN, 1, 1, 1]);
    expect(Array.from(out.value)).toEqual(xs.map(Math.abs));
    expect(c.derivative[4]).toBe(1);
  });

  it('breaks the derivative when a sample lands on the kink itself (a jump split over two branch changes)', () => {
    // sign(0) = 0 is a branch of its own: −1 → 0 → 1 are two steps of 1, each beside the other.
    const p: Profile = { ...base, value: Math.abs, derivative: Math.sign, branchKey: (x) => Math.sign(x) };
    const out = breakAtBranches(curveOf(p, [-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2]), p, {});
    expect(Array.from(out.derivative)).toEqual([-1, -1, -1, -1, NaN, NaN, 1, 1, 1]);
    expect(out.value.every(Number.isFinite)).toBe(true);
  });

  it('keeps both joined at a branch change the curve passes smoothly (Huber at |r| = δ)', () => {
    const huber = (x: number) => (Math.abs(x) <= 0.5 ? 0.5 * x * x : 0.5 * (Math.abs(x) - 0.25));
    const psi = (x: number) => (Math.abs(x) <= 0.5 ? x : 0.5 * Math.sign(x));
    const p: Profile = { ...base, value: huber, derivative: psi, branchKey: (x) => (Math.abs(x) <= 0.5 ? 0 : 1) };
    const fine = Array.from({ length: 41 }, (_, i) => -2 + i * 0.1);
    const out = breakAtBranches(curveOf(p, fine), p, {});
    expect(out.derivative.every(Number.isFinite)).toBe(true);
    expect(out.value.every(Number.isFinite)).toBe(true);
  });

  it('breaks the value too where it jumps', () => {
    const step = (x: number) => (x < 0 ? 0 : 1);
    const p: Profile = { ...base, value: step, derivative: () => 0, branchKey: step };
    const out = breakAtBranches(curveOf(p, xs), p, {});
    expect(Array.from(out.value)).toEqual([0, 0, 0, 0, NaN, 1, 1, 1]);
    expect(out.derivative[4]).toBeNaN();
  });
});
