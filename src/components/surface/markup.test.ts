import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../math/surface/types';
import { LossPerStepChart, type LossPerStepChartProps } from './LossPerStepChart';
import { titleLines } from './ColorLegend';
import { SurfacePlot, type SurfacePlotProps } from './SurfacePlot';

const grid: Grid = { u: [-2, 2], v: [-2, 2], size: 33 };
const G = grid.size;
const at = (k: number, r: readonly [number, number]) => r[0] + ((r[1] - r[0]) * k) / (G - 1);
const make = (f: (u: number, v: number) => number) =>
  Float64Array.from({ length: G * G }, (_, k) => f(at(k % G, grid.u), at(Math.floor(k / G), grid.v)));
const value = make((u, v) => (u - 0.5) ** 2 + 2 * v * v);
const du = make((u) => 2 * (u - 0.5));
const dv = make((_u, v) => 4 * v);

const base: SurfacePlotProps = {
  title: 'MSE loss surface over slope w and bias b',
  uLabel: 'slope w',
  vLabel: 'bias b',
  grid, value, du, dv,
  colorScale: 'linear',
  width: 360,
  point: [1, -0.5],
  onPoint: () => {},
  onPick: () => {},
  minimum: [0.5, 0],
  arrows: true,
};
const render = (p: Partial<SurfacePlotProps> = {}) => renderToStaticMarkup(createElement(SurfacePlot, { ...base, ...p }));
const paths = (html: string) => [...html.matchAll(/ d="([^"]*)"/g)].map((m) => m[1]!);

describe('SurfacePlot markup', () => {
  it('is a named figure with a canvas of the heatmap, contours and arrows, axes and a legend', () => {
    const html = render();
    expect(html).toMatch(/<figure class="surface-plot" aria-label="MSE loss surface over slope w and bias b"/);
    // The plot area is 360 − 58 − 14 = 288 px square; the canvas has a pixel per screen pixel.
    const canvas = /<canvas class="surface-field" width="288" height="288" aria-hidden="true" data-levels="(\d+)" data-arrows="(\d+)"/.exec(html);
    expect(canvas).not.toBeNull();
    expect(Number(canvas![1])).toBeGreaterThan(3);
    expect(Number(canvas![2])).toBeGreaterThan(50);
    expect(render({ arrows: false })).toContain('data-arrows="0"');
    for (const t of ['>slope w<', '>bias b<', '>loss<']) expect(html).toContain(t);
    expect(html).toMatch(/role="img" aria-label="Colour scale: loss from 0 \(dark\) to 14.25 \(bright\)"/);
    for (const d of paths(html)) expect(d).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('makes the weights a focusable 2-D slider whose text names both coordinates', () => {
    const html = render();
    expect(html).toMatch(/role="slider" tabindex="0" aria-roledescription="2-D slider" aria-label="Weights on MSE loss surface over slope w and bias b"/);
    expect(html).toContain('aria-valuetext="slope w 1, bias b -0.5"');
    expect(html).toMatch(/Arrow keys move the weights by 2 % of the plotted range, Shift\+arrow by 10 %. Enter picks/);
    expect(html).toContain('Minimum marked at slope w 0.5, bias b 0.');
    expect(html).toContain('surface-hit pickable');
  });

  it('shows a static point and no pick area without handlers', () => {
    const html = render({ onPoint: undefined, onPick: undefined });
    expect(html).not.toContain('role="slider"');
    expect(html).toContain('surface-point static');
    expect(html).not.toContain('pickable');
  });

  it('says when the weights lie outside the plotted range', () => {
    expect(render({ point: [5, 0] })).toContain('aria-valuetext="slope w 5, bias b 0 (outside the plotted range)"');
  });

  it('draws the overlays and lists them in the key', () => {
    const html = render({
      path: [[-1.5, 1.5], [-0.5, 0.8], [0.2, 0.2], [NaN, 0]],
      optimumPath: [[0.5, 0], [0.3, 0], [0, 0]],
      constraint: [[1, 0], [0, 1], [-1, 0], [0, -1], [1, 0]],
    });
    for (const c of ['descent-path', 'descent-dots', 'descent-start', 'optimum-path', 'constraint', 'minimum'])
      expect(html).toContain(`class="${c}"`);
    for (const t of ['current weights', 'minimum', 'descent path', 'optimum as λ varies', 'constraint region', 'negative gradient'])
      expect(html).toContain(`</svg>${t}</li>`);
    for (const d of paths(html)) expect(d).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('draws a constraint band as two vertical lines', () => {
    const html = render({ constraintBand: 1 });
    const d = /<path d="([^"]*)" class="constraint"/.exec(html)?.[1];
    // u = ±1 on a 4-wide grid over the plot's side: x at 1/4 and 3/4 of it, from bottom to top.
    const side = 360 - 58 - 14;
    expect(d).toBe(`M${side / 4},${side}L${side / 4},0M${(3 * side) / 4},${side}L${(3 * side) / 4},0`);
  });

  it('switches the legend to the offset above the minimum on a log scale', () => {
    const html = render({ colorScale: 'log', valueLabel: 'objective' });
    expect(html).toContain('objective − min (log), min = 0');
    expect(html).toMatch(/aria-label="Colour scale, logarithmic: objective above its minimum 0/);
  });

  it('puts a long legend title on two lines where the bar is short, and keeps a short one whole', () => {
    expect(titleLines('objective − min (log), min = 0.0123', 140)).toEqual(['objective − min (log),', 'min = 0.0123']);
    expect(titleLines('objective − min (log), min = 0.0123', 320)).toEqual(['objective − min (log), min = 0.0123']);
    expect(titleLines('objective', 20)).toEqual(['objective']);
    const narrow = render({ colorScale: 'log', valueLabel: 'objective', width: 200 });
    expect(narrow).toMatch(/<tspan x="0" dy="0">objective − min \(log\),<\/tspan><tspan x="0" dy="12">min = 0<\/tspan>/);
  });

  it('shows a message instead of a picture for a problem, a bad grid or an all-undefined field', () => {
    const cases: [Partial<SurfacePlotProps>, RegExp][] = [
      [{ problem: 'MSLE is undefined where a prediction is ≤ −1.' }, /MSLE is undefined/],
      [{ grid: { ...grid, size: 1 } }, /at least 2 × 2/],
      [{ value: new Float64Array(G * G).fill(NaN) }, /no defined value/],
      [{ du: new Float64Array(4) }, /does not match/],
    ];
    for (const [p, msg] of cases) {
      const html = render(p);
      expect(html).toMatch(msg);
      expect(html).toContain('<output class="surface-problem"');
      expect(html).not.toContain('<canvas');
      expect(html).not.toContain('role="slider"');
    }
  });

  it('marks undefined cells in the legend', () => {
    const holes = Float64Array.from(value, (v, k) => (k < 5 ? NaN : v));
    expect(render({ value: holes })).toContain('undefined (5 cells)');
  });
});

describe('LossPerStepChart markup', () => {
  const chart = (p: Partial<LossPerStepChartProps>) =>
    renderToStaticMarkup(createElement(LossPerStepChart, { values: [4, 2, 1, 0.5], title: 'Objective per step', width: 320, ...p }));

  it('is a named image with a line, dots and axes', () => {
    const html = chart({});
    expect(html).toContain('role="img" aria-label="Objective per step: 3 steps: objective 4 at step 0, 0.5 at step 3"');
    expect(html).toContain('class="loss-line"');
    expect(html).toContain('class="loss-dots"');
    expect(html).toContain('>step<');
    for (const d of paths(html)) expect(d).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('says so when there is nothing to draw or the log scale cannot be used', () => {
    expect(chart({ values: [] })).toContain('No steps yet.');
    expect(chart({ values: [0, 0], logScale: true })).toMatch(/needs positive values/);
    expect(chart({ values: [1, 0.1], logScale: true })).toContain('objective (log)');
  });
});
