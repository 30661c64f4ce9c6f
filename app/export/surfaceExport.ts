import { paramText } from '../../src/components/export/csv';
import { domToSvg, type ExportedSvg } from '../../src/components/export/domToSvg';
import { fieldSvg } from '../../src/components/export/fieldSvg';
import { gridCsv } from '../../src/components/export/gridCsv';
import { pointsCsv } from '../../src/components/export/pointsCsv';
import { surfaceCpu } from '../../src/math/surface/surfaceCpu';
import type { Regularizer } from '../../src/math/surface/types';
import type { ExportRequest } from './exportRequest';

type SurfaceRequest = Extract<ExportRequest, { kind: 'surface' }>;
type ScatterRequest = Extract<ExportRequest, { kind: 'scatter' }>;

/**
 * The surface card as SVG: its axes, marks and legends as on the page, and in place of the field's
 * canvas the heatmap as an image of its grid cells under contours and arrows as paths, drawn from the
 * float64 field at the plotted grid.
 */
export function surfaceSvg(req: SurfaceRequest, title: string, background: string | undefined): ExportedSvg {
  if (!req.figure) throw new Error('the chart is not on the page');
  const field = surfaceCpu(req.req);
  const vector = (c: HTMLCanvasElement, box: { x: number; y: number; width: number }) =>
    c.classList.contains('surface-field')
      ? fieldSvg({ value: field.value, du: field.du, dv: field.dv, grid: req.req.grid, colorScale: req.colorScale, x: box.x, y: box.y, side: box.width })
      : undefined;
  return domToSvg(req.figure, { title, background, canvas: vector });
}

/** The objective on the plotted grid, in float64 (the picture may come from the GPU in float32). */
export function surfaceCsv(req: SurfaceRequest, link: string): string {
  const { grid, lossId, params, reg } = req.req;
  return gridCsv({
    uLabel: req.uLabel,
    vLabel: req.vLabel,
    valueLabel: 'objective',
    ...grid,
    value: surfaceCpu(req.req).value,
    comments: [
      `Loss Atlas objective surface of ${lossId} (${paramText(params) || 'no parameters'}); regularizer ${regText(reg)}`,
      `${grid.size}×${grid.size} grid, float64; one row per grid point`,
      `link: ${link}`,
    ],
  });
}

export function scatterCsv(req: ScatterRequest, link: string): string {
  return pointsCsv(req.dataset, [`Loss Atlas training data, ${req.dataset.n} points`, `link: ${link}`]);
}

function regText(reg: Regularizer): string {
  return reg.kind === 'none' ? 'none' : `${reg.kind}, lambda=${reg.lambda}${reg.kind === 'elastic_net' ? `, l1_ratio=${reg.l1Ratio}` : ''}`;
}
