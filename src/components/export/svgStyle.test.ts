import { describe, expect, it } from 'vitest';
import { pngSize } from './pngSize';
import { exportFileName, firstColor, genericFont, isTransparent, paintAttributes } from './svgStyle';

describe('svgStyle', () => {
  it('names a font stack by its generic family', () => {
    expect(genericFont('Inter, "Segoe UI", system-ui, sans-serif')).toBe('sans-serif');
    expect(genericFont('Georgia, serif')).toBe('serif');
    expect(genericFont('"DejaVu Sans Mono", monospace')).toBe('monospace');
    expect(genericFont('Fira Mono')).toBe('monospace');
    expect(genericFont('KaTeX_Math')).toBe('serif');
    expect(genericFont('Liberation Sans')).toBe('sans-serif');
  });

  it('tells colours that paint nothing', () => {
    expect(['transparent', 'rgba(0, 0, 0, 0)', 'none', ''].every(isTransparent)).toBe(true);
    expect(['rgb(0, 0, 0)', 'rgba(0, 0, 0, 0.5)', '#fff'].some(isTransparent)).toBe(false);
  });

  it('finds the colour of a striped swatch', () => {
    expect(firstColor('repeating-linear-gradient(90deg, rgb(213, 94, 0) 0px, rgb(213, 94, 0) 4px, rgba(0, 0, 0, 0) 4px)')).toBe('rgb(213, 94, 0)');
    expect(firstColor('none')).toBeUndefined();
  });

  it('writes computed paint as attributes, keeps url() paints and drops initial values', () => {
    const style: Record<string, string> = {
      fill: 'url("#grad")', stroke: 'rgb(0, 114, 178)', 'stroke-width': '2.25px', 'font-weight': 'normal',
      visibility: 'visible', 'font-family': 'Inter, sans-serif',
    };
    expect(paintAttributes((k) => style[k] ?? '')).toEqual({
      fill: 'url(#grad)', stroke: 'rgb(0, 114, 178)', 'stroke-width': '2.25px', 'font-family': 'sans-serif',
    });
  });

  it('makes file names from titles', () => {
    expect(exportFileName('Loss curves of Huber, MSE', 'svg')).toBe('loss-curves-of-huber-mse.svg');
    expect(exportFileName('Figure: 0–1 loss', 'png')).toBe('figure-0-1-loss.png');
    expect(exportFileName('δ', 'csv')).toBe('chart.csv');
  });
});

describe('pngSize', () => {
  it('reads width and height from the IHDR chunk', () => {
    const bytes = new Uint8Array(33);
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
    new DataView(bytes.buffer).setUint32(16, 1280);
    new DataView(bytes.buffer).setUint32(20, 642);
    expect(pngSize(bytes)).toEqual({ width: 1280, height: 642 });
    expect(pngSize(new TextEncoder().encode('not a png at all, not at all'))).toBeUndefined();
  });
});
