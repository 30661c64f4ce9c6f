import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CurvePanels, type CurvePanelsProps, type PanelCurve } from './CurvePanels';
import { XRangeControls } from './XRangeControls';

const N = 1001;
const xs = Float64Array.from({ length: N }, (_, i) => -4 + (8 * i) / (N - 1));
const map = (f: (x: number) => number) => xs.map(f);
const curves: PanelCurve[] = [
  { id: 'mse', label: 'MSE', color: '#0072B2', x: xs, value: map((r) => r * r), derivative: map((r) => 2 * r), weight: map(() => 2) },
  {
    id: 'mae', label: 'MAE', color: '#D55E00', x: xs, value: map(Math.abs), derivative: map(Math.sign),
    weight: map((r) => (r === 0 ? NaN : 1 / Math.abs(r))), weightLabel: 'weight ψ(r)/r', dashed: true,
  },
  { id: 'nll', label: 'NLL', color: '#009E73', x: xs, value: map((r) => (r > 0 ? -Math.log(r / 4) : NaN)), derivative: map((r) => (r > 0 ? -1 / r : NaN)) },
];
const noop = () => {};
const base: CurvePanelsProps = {
  curves, xLabel: 'residual r', xDomain: [-4, 4], onXDomain: noop, cursorX: 0.5, onCursor: noop,
  panels: { derivative: true, weight: true }, width: 640, title: 'Loss curves of MSE, MAE',
};
const render = (p: Partial<CurvePanelsProps> = {}) => renderToStaticMarkup(createElement(CurvePanels, { ...base, ...p }));
const count = (html: string, re: RegExp) => [...html.matchAll(re)].length;

describe('CurvePanels markup', () => {
  it('draws three linked panels with their titles and no NaN in any path', () => {
    const html = render();
    expect(count(html, /<svg/g)).toBe(3);
    for (const t of ['>loss<', '>derivative d/dx<', '>weight<', '>residual r<']) expect(html).toContain(t);
    const ds = [...html.matchAll(/ d="([^"]*)"/g)].map((m) => m[1]!);
    expect(ds.length).toBe(3 + 3 + 2);
    for (const d of ds) expect(d).not.toMatch(/NaN|Infinity|undefined/);
    expect(count(html, /data-series="mae"/g)).toBe(3);
    expect(count(html, /data-series="nll"/g)).toBe(2);
  });

  it('makes the loss chart a keyboard slider for the cursor', () => {
    const html = render();
    expect(html).toMatch(/role="slider" tabindex="0" aria-label="Loss curves of MSE, MAE: cursor \(residual r\)"/);
    expect(html).toContain('aria-valuemin="-4" aria-valuemax="4" aria-valuenow="0.5" aria-valuetext="residual r 0.5"');
    expect(count(html, /role="img"/g)).toBe(2);
  });

  it('puts a crosshair on every panel with a dot per defined curve', () => {
    const html = render();
    expect(count(html, /class="crosshair"/g)).toBe(3);
    expect(count(html, /class="cursor-dot"/g)).toBe(3 + 3 + 2);
    expect(render({ cursorX: 9 })).not.toContain('crosshair');
  });

  it('shows only the panels asked for, and no weight panel without weights', () => {
    expect(count(render({ panels: { derivative: false, weight: false } }), /<svg/g)).toBe(1);
    expect(count(render({ panels: { derivative: true, weight: false } }), /<svg/g)).toBe(2);
    const noWeights = curves.map(({ weight: _w, ...c }) => c);
    expect(count(render({ curves: noWeights }), /<svg/g)).toBe(2);
  });

  it('has a legend named Curves, noting weights only with the weight panel', () => {
    const html = render();
    expect(html).toMatch(/<ul class="legend" aria-label="Curves">/);
    expect(count(html, /<li>/g)).toBe(3);
    expect(html).toContain('weight ψ(r)/r');
    expect(render({ panels: { derivative: true, weight: false } })).not.toContain('weight ψ(r)/r');
  });

  it('on canvases: one per panel listing its curves and samples, the axes and crosshair still in SVG', () => {
    const html = render({ drawing: 'canvas' });
    expect(count(html, /<svg/g)).toBe(3);
    expect(count(html, /<canvas/g)).toBe(3);
    expect(html).not.toContain('class="curve"');
    expect(html).not.toContain('cursor-dot');
    expect(count(html, /class="crosshair"/g)).toBe(3);
    expect(count(html, /data-series="mse mae nll"/g)).toBe(2);
    expect(count(html, /data-series="mse mae"/g)).toBe(1);
    expect(html).toContain(`data-samples="${N} ${N} ${N}"`);
    // a dot per defined curve at the cursor, none once the cursor leaves the plot
    expect(count(html, /data-dots="3"/g)).toBe(2);
    expect(count(html, /data-dots="2"/g)).toBe(1);
    expect(count(render({ drawing: 'canvas', cursorX: 9 }), /data-dots="0"/g)).toBe(3);
    // decoration: the panels carry the names and roles
    expect(count(html, /<canvas[^>]*aria-hidden="true"/g)).toBe(3);
    expect(html).toMatch(/role="slider" tabindex="0" aria-label="Loss curves of MSE, MAE: cursor/);
  });

  it('is a labelled image, not a slider, without onCursor', () => {
    const html = render({ onCursor: undefined, panels: { derivative: false, weight: false } });
    expect(html).not.toContain('role="slider"');
    expect(html).toContain('role="img" aria-label="Loss curves of MSE, MAE"');
  });
});

describe('XRangeControls markup', () => {
  const html = renderToStaticMarkup(createElement(XRangeControls, { xDomain: [-4, 4], defaultDomain: [-4, 4], onXDomain: noop }));
  it('has the five buttons and two labelled number fields', () => {
    for (const b of ['Zoom in', 'Zoom out', 'Pan left', 'Pan right', 'Reset range', 'Apply']) expect(html).toContain(`>${b}</button>`);
    expect(html).toMatch(/<label>x from<input type="number" step="any" value="-4"\/><\/label>/);
    expect(html).toMatch(/<label>x to<input type="number" step="any" value="4"\/><\/label>/);
    expect(html).toContain('<output class="x-range-message"></output>');
  });
});
