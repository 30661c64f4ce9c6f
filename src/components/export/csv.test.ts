import { describe, expect, it } from 'vitest';
import { datasetOf } from '../../math/surface/datasets';
import { columnName, csvField, csvNumber, paramText, toCsv } from './csv';
import { chartsCsv, curvesCsv } from './curvesCsv';
import { gridCsv } from './gridCsv';
import { pointsCsv } from './pointsCsv';

/** Rows of a CSV without its comment lines, split on commas (these tests write no quoted fields). */
const table = (csv: string) =>
  csv
    .split('\r\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => l.split(','));

describe('csv', () => {
  it('writes numbers so that they read back as the same float64, and undefined values as empty fields', () => {
    for (const v of [0.1 + 0.2, -1e-300, 5e-324, 1.7976931348623157e308, -0, Math.PI * 1e7]) {
      expect(Number(csvNumber(v))).toBe(v === 0 ? 0 : v);
    }
    expect([NaN, Infinity, -Infinity].map(csvNumber)).toEqual(['', '', '']);
  });

  it('quotes a field with a comma, quote or line break', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('makes header names from labels', () => {
    expect(columnName('slope w')).toBe('slope_w');
    expect(columnName('weight w₁')).toBe('weight_w1');
    expect(columnName('x₂')).toBe('x2');
    expect(columnName('α along direction 1')).toBe('alpha_along_direction_1');
    expect(columnName('???')).toBe('value');
  });

  it('puts comments first, then the header and one CRLF-ended row per value', () => {
    const csv = toCsv([{ name: 'a', values: [1, 2] }, { name: 'b', values: [0.5, NaN] }], ['what\nit is']);
    expect(csv).toBe('# what it is\r\na,b\r\n1,0.5\r\n2,\r\n');
  });

  it('writes parameters for a comment line', () => {
    expect(paramText({ delta: 1.5, reduction: 'mean' })).toBe('delta=1.5, reduction=mean');
    expect(paramText({})).toBe('');
  });

  it('refuses columns of different lengths', () => {
    expect(() => toCsv([{ name: 'a', values: [1, 2] }, { name: 'b', values: [1] }])).toThrow(/column b/);
  });
});

describe('curvesCsv', () => {
  const x = Float64Array.from([-1, 0, 1]);
  const huber = { id: 'huber', x, value: x.map((r) => r * r), derivative: x.map((r) => 2 * r), weight: x.map(() => 1) };
  const mse = { id: 'mse', x, value: x.map((r) => r * r / 2), derivative: x.map((r) => r) };

  it('writes x, then value, derivative and weight per loss for the panels shown', () => {
    const rows = table(curvesCsv({ curves: [huber, mse], panels: { derivative: true, weight: true } }));
    expect(rows[0]).toEqual(['x', 'huber_value', 'huber_derivative', 'huber_weight', 'mse_value', 'mse_derivative']);
    expect(rows[1]).toEqual(['-1', '1', '-2', '1', '0.5', '-1']);
    expect(rows.length).toBe(4);
  });

  it('leaves out the columns of hidden panels', () => {
    const rows = table(curvesCsv({ curves: [huber, mse], panels: { derivative: false, weight: false } }));
    expect(rows[0]).toEqual(['x', 'huber_value', 'mse_value']);
  });

  it('refuses curves sampled on different grids', () => {
    const other = { ...mse, x: Float64Array.from([-1, 0, 2]) };
    expect(() => curvesCsv({ curves: [huber, other], panels: { derivative: true, weight: false } })).toThrow(/mse/);
  });
});

describe('chartsCsv', () => {
  const x = Float64Array.from([0, 1]);
  const a = { id: 'a', x, value: Float64Array.from([1, 2]), derivative: Float64Array.from([3, 4]), weight: Float64Array.from([5, 6]) };

  it('keeps each chart\'s shown columns and numbers a repeated id by its chart', () => {
    const rows = table(chartsCsv([
      { curves: [a], panels: { derivative: true, weight: false } },
      { curves: [a], panels: { derivative: false, weight: true } },
    ]));
    expect(rows[0]).toEqual(['x', 'a_value', 'a_derivative', 'a_2_value', 'a_2_weight']);
    expect(rows[2]).toEqual(['1', '2', '4', '2', '6']);
  });
});

describe('gridCsv', () => {
  it('writes one row per grid point, u fastest, with the grid coordinates', () => {
    const value = Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const rows = table(gridCsv({ uLabel: 'slope w', vLabel: 'bias b', valueLabel: 'objective', u: [-1, 1], v: [0, 4], size: 3, value }));
    expect(rows[0]).toEqual(['slope_w', 'bias_b', 'objective']);
    expect(rows.slice(1).map((r) => r.map(Number))).toEqual([
      [-1, 0, 1], [0, 0, 2], [1, 0, 3],
      [-1, 2, 4], [0, 2, 5], [1, 2, 6],
      [-1, 4, 7], [0, 4, 8], [1, 4, 9],
    ]);
  });

  it('refuses a value array of the wrong size', () => {
    expect(() => gridCsv({ uLabel: 'u', vLabel: 'v', valueLabel: 'z', u: [0, 1], v: [0, 1], size: 3, value: [1, 2] })).toThrow(/3×3/);
  });
});

describe('pointsCsv', () => {
  it('writes regression data as x and its target', () => {
    const rows = table(pointsCsv(datasetOf('regression', 1, [1, 2], [3.5, -4])));
    expect(rows).toEqual([['x', 'y'], ['1', '3.5'], ['2', '-4']]);
  });

  it('writes classified data as its two inputs and the label as stored', () => {
    const rows = table(pointsCsv(datasetOf('binary', 2, [1, 2, -3, 0.25], [1, -1])));
    expect(rows).toEqual([['x1', 'x2', 'label'], ['1', '2', '1'], ['-3', '0.25', '-1']]);
  });
});
