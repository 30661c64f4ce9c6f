import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CurveReadout, formatReadout } from './CurveReadout';

const rows = [
  { id: 'huber', label: 'Huber', color: '#000', value: 0.125, derivative: 0.5, weight: 1 },
  { id: 'mse', label: 'MSE', color: '#111', value: 0.25, derivative: 1 },
];

describe('CurveReadout', () => {
  it('keeps the caption output and the row headers, without a weight column by default', () => {
    const html = renderToStaticMarkup(createElement(CurveReadout, { xLabel: 'r', x: 0.5, rows }));
    expect(html).toContain('<output aria-label="cursor position">0.5</output>');
    expect(html).toMatch(/<th scope="row">.*Huber<\/th><td>0.125<\/td><td>0.5<\/td><\/tr>/);
    expect(html).not.toContain('Weight');
  });
  it('adds a Weight column when asked, with a spoken placeholder where a loss has none', () => {
    const html = renderToStaticMarkup(createElement(CurveReadout, { xLabel: 'r', x: 0.5, rows, showWeight: true }));
    expect(html).toContain('<th scope="col">Weight</th>');
    expect(html).toMatch(/Huber<\/th><td>0.125<\/td><td>0.5<\/td><td>1<\/td>/);
    expect(html).toMatch(/MSE<\/th><td>0.25<\/td><td>1<\/td><td><span aria-hidden="true">—<\/span><span class="sr-only">no weight<\/span><\/td>/);
  });
  it('formats numbers to 6 significant digits and says "undefined" where undefined and ∞ where infinite', () => {
    expect(formatReadout(1 / 3)).toBe('0.333333');
    expect(formatReadout(NaN)).toBe('undefined');
    expect(formatReadout(-Infinity)).toBe('−∞');
    expect(formatReadout(Infinity)).toBe('∞');
    expect(formatReadout(1e-7)).toBe('1.0000e-7');
    expect(formatReadout(0)).toBe('0');
  });
});
