import { describe, expect, it } from 'vitest';
import { datasetOf } from '../../math/surface/datasets';
import { makeDataset } from '../../math/surface/presets';
import { pointCoords } from './classStyle';
import { clampToDomain, defaultHeight, fitDomain, insidePlot, pointPixels, scatterFrame, toData } from './scatterFrame';

const contains = (d: { x: readonly number[]; y: readonly number[] }, a: number, b: number) =>
  a > d.x[0]! && a < d.x[1]! && b > d.y[0]! && b < d.y[1]!;

describe('fitDomain', () => {
  it('contains every point with room to spare, on every preset', () => {
    for (const id of ['reg-outliers', 'bin-overlap', 'soft-blobs']) {
      const ds = makeDataset(id, 3)!;
      const d = fitDomain(ds, 1.4);
      for (let i = 0; i < ds.n; i++) expect(contains(d, ...pointCoords(ds, i))).toBe(true);
    }
  });

  it('includes the origin for classifiers and keeps units equal when given the aspect', () => {
    const ds = datasetOf('binary', 2, [3, 4, 5, 4.5], [1, 1]);
    const d = fitDomain(ds, 2);
    expect(contains(d, 0, 0)).toBe(true);
    expect((d.x[1] - d.x[0]) / (d.y[1] - d.y[0])).toBeCloseTo(2, 12);
    const loose = fitDomain(ds);
    expect(loose.x[0]).toBeLessThanOrEqual(0);
  });

  it('does not include the origin for regression, and rounds outward to nice numbers', () => {
    const d = fitDomain(datasetOf('regression', 1, [10.3, 11.7, 12.2], [50.1, 52, 55.3]));
    expect(d.x[0]).toBeGreaterThan(5);
    expect(d.y[0]).toBeGreaterThan(40);
    expect(d.x[0]).toBeLessThan(10.3);
    for (const v of [...d.x, ...d.y]) expect(Number(v.toFixed(1))).toBe(v);
  });

  it('ignores non-finite points and falls back to the empty window', () => {
    const bad = datasetOf('regression', 1, [NaN, 1, Infinity], [0, 2, 3]);
    const d = fitDomain(bad);
    expect(Number.isFinite(d.x[0]) && Number.isFinite(d.x[1])).toBe(true);
    expect(fitDomain(datasetOf('regression', 1, [], []))).toEqual({ x: [-3.5, 3.5], y: [-5, 7] });
    expect(fitDomain(datasetOf('binary', 2, [], []), 1)).toEqual({ x: [-3.5, 3.5], y: [-3.5, 3.5] });
    expect(fitDomain(datasetOf('regression', 1, [2], [2]))).toEqual({ x: [1, 3], y: [1, 3] });
  });
});

describe('pixel ↔ data', () => {
  const frame = scatterFrame(400, 300, { x: [-2, 2], y: [0, 10] });

  it('maps points to pixels and back', () => {
    const ds = datasetOf('regression', 1, [-2, 0, 2], [0, 5, 10]);
    const { px, py } = pointPixels(ds, frame);
    expect([...px]).toEqual([0, frame.innerWidth / 2, frame.innerWidth]);
    expect([...py]).toEqual([frame.innerHeight, frame.innerHeight / 2, 0]);
    const [a, b] = toData(frame, px[1]!, py[1]!);
    expect(a).toBeCloseTo(0, 12);
    expect(b).toBeCloseTo(5, 12);
  });

  it('keeps data coordinates inside the window', () => {
    expect(toData(frame, -50, frame.innerHeight + 80)).toEqual([-2, 0]);
    expect(clampToDomain({ x: [-2, 2], y: [0, 10] }, 3, -1)).toEqual([2, 0]);
    expect(insidePlot(frame, -3, 4)).toBe(false);
    expect(insidePlot(frame, -3, 4, 5)).toBe(true);
  });

  it('sizes the chart between 240 and 480 px tall', () => {
    expect([defaultHeight(300), defaultHeight(500), defaultHeight(1200)]).toEqual([240, 360, 480]);
  });
});
