import { describe, expect, it } from 'vitest';
import {
  checkedRange, clampTo, cursorKey, dragRange, isValidRange, panByFraction, rangeProblem, shiftBy,
  wheelPixels, wheelZoomFactor, zoomAround, zoomCenter,
} from './xRange';

const close = (a: readonly number[] | undefined, b: readonly number[], tol = 1e-12) => {
  expect(a).toBeDefined();
  a!.forEach((v, i) => expect(v).toBeCloseTo(b[i]!, -Math.log10(tol)));
};

describe('isValidRange / rangeProblem', () => {
  it.each([
    [[-4, 4], true],
    [[0, 1e-6], true],
    [[-5e5, 5e5], true],
    [[1, 1], false],
    [[2, 1], false],
    [[0, 1e-7], false],
    [[0, 2e6], false],
    [[NaN, 1], false],
    [[0, Infinity], false],
  ] as const)('%j → %s', (d, ok) => {
    expect(isValidRange(d)).toBe(ok);
    expect(rangeProblem(d) === undefined).toBe(ok);
    expect(checkedRange(d) === undefined).toBe(!ok);
  });
  it('names the problem', () => {
    expect(rangeProblem([3, 1])).toMatch(/less than/);
    expect(rangeProblem([NaN, 1])).toMatch(/numbers/);
    expect(rangeProblem([0, 1e-9])).toMatch(/at least/);
    expect(rangeProblem([0, 1e9])).toMatch(/at most/);
  });
});

describe('zoom', () => {
  it('keeps the centre point fixed and scales the width', () => {
    close(zoomAround([-4, 4], 2, 0.5), [-1, 3]);
    close(zoomAround([-4, 4], 2, 2), [-10, 6]);
    close(zoomCenter([0, 10], 0.5), [2.5, 7.5]);
  });
  it('zoom in then out by the inverse factor returns the range', () => {
    const z = zoomAround([-3, 7], 1.3, 1 / 1.5)!;
    close(zoomAround(z, 1.3, 1.5), [-3, 7], 1e-10);
  });
  it('refuses absurd results and bad inputs', () => {
    expect(zoomCenter([0, 1.5e-6], 0.5)).toBeUndefined();
    expect(zoomCenter([0, 8e5], 2)).toBeUndefined();
    expect(zoomAround([0, 1], NaN, 2)).toBeUndefined();
    expect(zoomAround([0, 1], 0.5, 0)).toBeUndefined();
    expect(zoomAround([0, 1], 0.5, -1)).toBeUndefined();
  });
});

describe('pan', () => {
  it('shifts by data units and by fractions of the width', () => {
    close(shiftBy([-4, 4], 1), [-3, 5]);
    close(panByFraction([-4, 4], -0.25), [-6, 2]);
    expect(shiftBy([0, 1], Infinity)).toBeUndefined();
  });
  it('drag moves the range against the pointer', () => {
    // dragging 100 px right over a 400 px plot of width 8 shows data 2 units further left
    close(dragRange([-4, 4], 100, 400), [-6, 2]);
    close(dragRange([-4, 4], -50, 400), [-3, 5]);
    expect(dragRange([-4, 4], 10, 0)).toBeUndefined();
  });
});

describe('wheel', () => {
  it('converts line and page deltas to pixels', () => {
    expect(wheelPixels(3, 0)).toBe(3);
    expect(wheelPixels(3, 1)).toBe(48);
    expect(wheelPixels(1, 2)).toBe(400);
  });
  it('scroll down zooms out, up zooms in, clamped per event', () => {
    expect(wheelZoomFactor(100)).toBeGreaterThan(1);
    expect(wheelZoomFactor(-100)).toBeLessThan(1);
    expect(wheelZoomFactor(100) * wheelZoomFactor(-100)).toBeCloseTo(1, 12);
    expect(wheelZoomFactor(1e6)).toBe(2);
    expect(wheelZoomFactor(-1e6)).toBe(0.5);
    expect(wheelZoomFactor(NaN)).toBe(1);
  });
});

it('clampTo keeps x inside the range', () => {
  expect(clampTo([-1, 1], 5)).toBe(1);
  expect(clampTo([-1, 1], -5)).toBe(-1);
  expect(clampTo([-1, 1], 0.3)).toBe(0.3);
});

describe('cursorKey', () => {
  const d = [-4, 4] as const;
  it('steps with arrows, ×10 with Shift or Page keys, and jumps with Home/End', () => {
    expect(cursorKey('ArrowRight', false, 0, d, 0.1)).toBeCloseTo(0.1, 12);
    expect(cursorKey('ArrowLeft', false, 0, d, 0.1)).toBeCloseTo(-0.1, 12);
    expect(cursorKey('ArrowUp', true, 0, d, 0.1)).toBeCloseTo(1, 12);
    expect(cursorKey('PageDown', false, 0, d, 0.1)).toBeCloseTo(-1, 12);
    expect(cursorKey('Home', false, 0, d, 0.1)).toBe(-4);
    expect(cursorKey('End', false, 0, d, 0.1)).toBe(4);
  });
  it('clamps to the range and ignores other keys', () => {
    expect(cursorKey('ArrowRight', true, 3.9, d, 0.1)).toBe(4);
    expect(cursorKey('ArrowLeft', false, 10, d, 0.1)).toBeCloseTo(3.9, 12);
    expect(cursorKey('a', false, 0, d, 0.1)).toBeUndefined();
    expect(cursorKey('Tab', false, 0, d, 0.1)).toBeUndefined();
  });
});
