import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChartStyleContext, DEFAULT_CHART_STYLE, type ChartStyle } from './chartStyle';
import { CurvePanels, type CurvePanelsProps } from './CurvePanels';

const N = 201;
const xs = Float64Array.from({ length: N }, (_, i) => -4 + (8 * i) / (N - 1));
const base: CurvePanelsProps = {
  curves: [{ id: 'mse', label: 'MSE', color: '#0072B2', x: xs, value: xs.map((r) => r * r), derivative: xs.map((r) => 2 * r) }],
  xLabel: 'residual r', xDomain: [-4, 4], cursorX: 0.5, panels: { derivative: true, weight: false }, width: 600, title: 'Loss curves of MSE',
};
const render = (style: ChartStyle, p: Partial<CurvePanelsProps> = {}) =>
  renderToStaticMarkup(createElement(ChartStyleContext, { value: style }, createElement(CurvePanels, { ...base, ...p })));
const BIG: ChartStyle = { curveWidth: 3.5, fontSize: 24, heightScale: 0.7 };
const heights = (html: string) => [...html.matchAll(/<svg width="\d+" height="(\d+)"/g)].map((m) => Number(m[1]));
/** The plot area's left edge: the first panel's translate(x, y). */
const plotLeft = (html: string) => Number(/<g transform="translate\(([\d.]+),/.exec(html)![1]);

describe('chart style', () => {
  it('draws curves with the style’s stroke width and its text size on every panel', () => {
    const html = render(BIG);
    expect(html).toContain('stroke-width="3.5"');
    expect(html).not.toContain('stroke-width="2.25"');
    expect([...html.matchAll(/font-size:24px/g)].length).toBe(2);
    expect(render(DEFAULT_CHART_STYLE)).toContain('stroke-width="2.25"');
  });

  it('dashes each series its own way when the style says so, and keeps a curve that asks to be dashed', () => {
    const curves = ['a', 'b', 'c'].map((id, i) => ({ ...base.curves[0]!, id, dashed: i === 2 }));
    const html = render({ ...BIG, seriesDashes: [[], [14, 7]] }, { curves });
    const paths = [...html.matchAll(/<path [^>]*>/g)].map((m) => m[0]);
    const dashes = (id: string) => paths.filter((p) => p.includes(`data-series="${id}"`)).map((p) => /stroke-dasharray="([^"]*)"/.exec(p)?.[1] ?? '');
    expect(dashes('a')).toEqual(['', '']);
    expect(dashes('b')).toEqual(['14 7', '14 7']);
    expect(dashes('c')).toEqual(['6 4', '6 4']);
    expect(render(BIG, { curves })).not.toContain('14 7');
  });

  it('draws each series in the colour the style inks it with, in every panel', () => {
    const html = render({ ...BIG, ink: (c) => (c === '#0072B2' ? '#123456' : c) });
    const strokes = [...html.matchAll(/<path [^>]*data-series="mse"[^>]*>/g)].map((m) => /stroke="([^"]*)"/.exec(m[0])?.[1]);
    expect(strokes).toEqual(['#123456', '#123456']);
    expect(render(BIG)).not.toContain('#123456');
  });

  it('labels a short panel in large type with more than one y tick', () => {
    // MSE's derivative 2r over [-4, 4] in a flat panel at 24 px: before, its one tick was 0.
    const html = render({ ...BIG, heightScale: 0.7 });
    const panels = html.split('data-panel="').slice(1);
    const derivative = panels.find((p) => p.startsWith('derivative'))!;
    const yLabels = [...derivative.matchAll(/<text x="-8" dy="0.32em" text-anchor="end">([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(yLabels.length).toBeGreaterThanOrEqual(2);
  });

  it('makes room for larger labels: wider left margin, x tick labels further down', () => {
    const small = render(DEFAULT_CHART_STYLE);
    const big = render(BIG);
    expect(plotLeft(big)).toBeGreaterThan(plotLeft(small) + 24);
    expect(small).toContain('<text y="18" text-anchor="middle">');
    expect(big).toContain('<text y="30" text-anchor="middle">');
  });

  it('scales width-led heights by heightScale, and fitHeight sets the total height', () => {
    const [s0] = heights(render(DEFAULT_CHART_STYLE));
    const [b0] = heights(render(BIG));
    expect(b0).toBeLessThan(s0!);
    const fit = heights(render(BIG, { fitHeight: 500 }));
    expect(fit.reduce((a, b) => a + b, 0)).toBeGreaterThan(480);
    expect(fit.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(501);
    // The loss panel takes the larger share (the bottom panel's height includes 58 px of x-axis labels).
    expect(fit[0]).toBeGreaterThan(fit[1]! - 58);
  });
});
