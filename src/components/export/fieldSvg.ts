import type { Grid } from '../../math/surface/types';
import { arrowField, arrowsPath } from '../surface/arrows';
import { fieldExtent, heatScale, paintHeat, type ColorMode } from '../surface/colorScale';
import { contourLines, contourThresholds, ringsPath } from '../surface/contours';
import { INK } from '../surface/FieldCanvas';
import { surfaceFrame, gridToPlot } from '../surface/frame';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface FieldSvgInput {
  readonly value: ArrayLike<number>;
  readonly du: ArrayLike<number>;
  readonly dv: ArrayLike<number>;
  readonly grid: Grid;
  readonly colorScale: ColorMode;
  /** Where the plot area sits in the exported picture, and its side in CSS pixels. */
  readonly x: number;
  readonly y: number;
  readonly side: number;
}

/**
 * The surface's field picture as SVG: the heatmap as an embedded PNG of one pixel per grid cell (scaled
 * and placed as FieldCanvas draws it, each cell centred on its sample), and over it the contour lines
 * and negative-gradient arrows as vector paths, from the same geometry and inks as the canvas.
 * Undefined when the field has no defined value to colour.
 */
export function fieldSvg(f: FieldSvgInput): SVGElement | undefined {
  const size = f.grid.size;
  const heat = heatScale(fieldExtent(f.value, size * size), f.colorScale);
  if (!heat) return undefined;
  const frame = surfaceFrame(f.grid, f.side);
  const cells = document.createElement('canvas');
  cells.width = size;
  cells.height = size;
  const ctx = cells.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas is available');
  const img = ctx.createImageData(size, size);
  paintHeat(f.value, size, heat, img.data);
  ctx.putImageData(img, 0, 0);

  const box = el('svg', { x: f.x, y: f.y, width: f.side, height: f.side, viewBox: `0 0 ${f.side} ${f.side}`, overflow: 'hidden' });
  const picture = el('image', { x: -frame.cell / 2, y: -frame.cell / 2, width: f.side + frame.cell, height: f.side + frame.cell, preserveAspectRatio: 'none' });
  picture.setAttribute('href', cells.toDataURL('image/png'));
  box.append(picture);
  const project = gridToPlot(frame);
  const lines = contourLines(f.value, contourThresholds(heat), size, heat);
  const arrows = arrowField({ du: f.du, dv: f.dv, value: f.value, grid: f.grid, frame, heat });
  for (const light of [true, false]) {
    const d = lines.filter((l) => l.light === light).map((l) => ringsPath(l.rings, project)).join('');
    if (d) box.append(el('path', { d, fill: 'none', stroke: light ? INK.contour.light : INK.contour.dark, 'stroke-width': INK.contour.width, 'stroke-linejoin': 'round', 'data-marks': 'contours' }));
  }
  for (const light of [true, false]) {
    const d = arrowsPath(arrows.filter((a) => a.light === light));
    if (d) box.append(el('path', { d, fill: 'none', stroke: light ? INK.arrows.light : INK.arrows.dark, 'stroke-width': INK.arrows.width, 'stroke-linecap': 'round', 'stroke-linejoin': 'round', 'data-marks': 'arrows' }));
  }
  return box;
}

function el(tag: string, attrs: Record<string, string | number>): SVGElement {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}
