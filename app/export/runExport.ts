import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { CurvePanels } from '../../src/components/charts/CurvePanels';
import { paramText } from '../../src/components/export/csv';
import { chartsCsv, curvesCsv } from '../../src/components/export/curvesCsv';
import { domToSvg, pageBackground, type ExportedSvg } from '../../src/components/export/domToSvg';
import { svgToPng } from '../../src/components/export/rasterize';
import { exportFileName } from '../../src/components/export/svgStyle';
import { download } from './download';
import { PNG_SCALE, type ExportFormat, type ExportRequest } from './exportRequest';

/** Makes the file and starts its download; resolves to the file's name, rejects with the reason. */
export async function runExport(format: ExportFormat, title: string, req: ExportRequest, anchor: HTMLElement): Promise<string> {
  const name = exportFileName(title, format);
  if (format === 'csv') {
    download(new Blob([await csvOf(req)], { type: 'text/csv;charset=utf-8' }), name);
    return name;
  }
  const svg = await svgOf(req, title, pageBackground(anchor));
  const blob = format === 'svg' ? new Blob([svg.svg], { type: 'image/svg+xml' }) : await svgToPng(svg.svg, svg, PNG_SCALE);
  download(blob, name);
  return name;
}

// The surface view's exports need its math: loaded with them, never for the explorer's chart.
const surfaceExport = () => import('./surfaceExport');

async function svgOf(req: ExportRequest, title: string, background: string | undefined): Promise<ExportedSvg> {
  switch (req.kind) {
    case 'curves':
      return offscreen(req.chart.width, (root) => {
        // The page draws curves on canvases; the file gets them as <path> elements from the same props.
        flushSync(() => root.render(createElement(CurvePanels, { ...req.chart, drawing: 'svg', onCursor: undefined, onXDomain: undefined })));
      }, (el) => domToSvg(el, { title, background }));
    case 'surface':
      return (await surfaceExport()).surfaceSvg(req, title, background);
    case 'scatter':
    case 'figure':
      if (!req.figure) throw new Error('the chart is not on the page');
      return domToSvg(req.figure, { title, background });
  }
}

async function csvOf(req: ExportRequest): Promise<string> {
  const link = location.href;
  switch (req.kind) {
    case 'curves':
      return curvesCsv({
        curves: req.chart.curves,
        panels: req.chart.panels,
        comments: [
          `Loss Atlas curves over the ${req.axis}; x = ${req.chart.xLabel}`,
          ...req.losses.map(({ id, params }) => `${id}: ${paramText(params) || 'no parameters'}`),
          `link: ${link}`,
        ],
      });
    case 'surface':
      return (await surfaceExport()).surfaceCsv(req, link);
    case 'scatter':
      return (await surfaceExport()).scatterCsv(req, link);
    case 'figure':
      if (req.plotted.length === 0) throw new Error('this figure draws no curves to tabulate');
      return chartsCsv(req.plotted, [
        `Loss Atlas figure; x = ${req.plotted.map((p) => p.xLabel).join(' / ')}`,
        ...req.plotted.flatMap((p) => p.curves.map((c) => `${c.id}: ${c.label}`)),
        `link: ${link}`,
      ]);
  }
}

/** Renders into a root off screen (laid out and styled by the page's CSS), reads it, and removes it. */
function offscreen<T>(width: number, render: (root: ReturnType<typeof createRoot>) => void, read: (el: Element) => T): T {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  host.style.cssText = `position:fixed;left:-100000px;top:0;width:${width}px;pointer-events:none`;
  document.body.append(host);
  const root = createRoot(host);
  try {
    render(root);
    const el = host.firstElementChild;
    if (!el) throw new Error('the chart did not render');
    return read(el);
  } finally {
    root.unmount();
    host.remove();
  }
}
