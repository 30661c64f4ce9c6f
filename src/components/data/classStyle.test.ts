import { describe, expect, it } from 'vitest';
import { datasetOf } from '../../math/surface/datasets';
import { axisNames, classesOf, defaultLabel, fmt2, pointName, styleOf, symbolPath } from './classStyle';

describe('class styles', () => {
  it('tells every class apart by colour and by shape', () => {
    for (const kind of ['binary', 'softmax3'] as const) {
      const cs = classesOf(kind);
      expect(new Set(cs.map((c) => c.color)).size).toBe(cs.length);
      expect(new Set(cs.map((c) => c.shape)).size).toBe(cs.length);
    }
    expect(classesOf('binary').map((c) => [c.value, c.shape])).toEqual([[1, 'circle'], [-1, 'triangle']]);
    expect(classesOf('softmax3').map((c) => c.shape)).toEqual(['circle', 'triangle', 'square']);
  });

  it('finds the style of a label, falling back to the first', () => {
    expect(styleOf('binary', -1).name).toBe('−1');
    expect(styleOf('softmax3', 2).shape).toBe('square');
    expect(styleOf('softmax3', 7).value).toBe(0);
    expect(styleOf('regression', 3.2).shape).toBe('circle');
    expect([defaultLabel('binary'), defaultLabel('softmax3')]).toEqual([1, 0]);
  });

  it('draws a marker path for every shape', () => {
    for (const s of ['circle', 'triangle', 'square'] as const) expect(symbolPath(s, 64)).toMatch(/^M[-\d.,]+[ALh]/);
  });
});

describe('point names', () => {
  it('formats two decimals with a true minus sign and no negative zero', () => {
    expect([fmt2(1.2), fmt2(-0.4), fmt2(-0.001), fmt2(12.345)]).toEqual(['1.20', '−0.40', '0.00', '12.35']);
  });

  it('names regression and classifier points in the chart axes’ terms', () => {
    expect(pointName(datasetOf('regression', 1, [1.2, 3], [-0.4, 5]), 0)).toBe('Point 1: x = 1.20, y = −0.40');
    const bin = datasetOf('binary', 2, [0, 0, 1.2, -0.4], [-1, 1]);
    expect(pointName(bin, 1)).toBe('Point 2: x1 = 1.20, x2 = −0.40, class +1');
    expect(pointName(bin, 0)).toBe('Point 1: x1 = 0.00, x2 = 0.00, class −1');
    expect(pointName(datasetOf('softmax3', 2, [2, 3], [2]), 0)).toBe('Point 1: x1 = 2.00, x2 = 3.00, class 2');
    expect(axisNames('softmax3')).toEqual(['x1', 'x2']);
  });
});
