import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import type { Grid } from '../../math/surface/types';
import { arrowField, traceArrows } from './arrows';
import { paintHeat, type HeatScale } from './colorScale';
import { contourLines, contourThresholds, traceRings } from './contours';
import { gridToPlot, type SurfaceFrame } from './frame';

interface FieldCanvasProps {
  readonly value: ArrayLike<number>;
  readonly du: ArrayLike<number>;
  readonly dv: ArrayLike<number>;
  readonly grid: Grid;
  readonly frame: SurfaceFrame;
  readonly heat: HeatScale;
  readonly arrows: boolean;
}

/**
 * Marks drawn on the heatmap, light on its dark end and dark on its bright end. Fixed colours: the viridis
 * ramp is the same in both themes.
 */
export const INK = {
  contour: { width: 0.9, light: 'rgba(255, 255, 255, 0.62)', dark: 'rgba(0, 0, 0, 0.5)' },
  arrows: { width: 1.2, light: 'rgba(255, 255, 255, 0.85)', dark: 'rgba(0, 0, 0, 0.75)' },
} as const;

/**
 * The picture of a field: heatmap, contour lines (d3-contour) and negative-gradient arrows, drawn into one
 * canvas at the screen's resolution. One bitmap instead of an SVG of long paths over an image stretched by
 * CSS: while a slider moves, the browser then re-rasters and composites a single unscaled image per frame.
 * The heatmap has one pixel per grid cell, smoothed as it is scaled up, each cell centred on its sample.
 * The counts of drawn levels and arrows are written to data-levels and data-arrows.
 */
export const FieldCanvas = memo(function FieldCanvas({ value, du, dv, grid, frame, heat, arrows }: FieldCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const cells = useRef<HTMLCanvasElement | null>(null);
  const lines = useMemo(() => contourLines(value, contourThresholds(heat), frame.size, heat), [value, frame.size, heat]);
  const field = useMemo(() => (arrows ? arrowField({ du, dv, value, grid, frame, heat }) : []), [arrows, du, dv, value, grid, frame, heat]);
  const { side, size } = frame;
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  const px = Math.max(1, Math.round(side * dpr));

  useLayoutEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    // The G×G cells, one pixel each, in a canvas of their own, then scaled into the picture.
    const src = (cells.current ??= document.createElement('canvas'));
    if (src.width !== size || src.height !== size) {
      src.width = size;
      src.height = size;
    }
    const sctx = src.getContext('2d');
    if (!sctx) return;
    const img = sctx.createImageData(size, size);
    paintHeat(value, size, heat, img.data);
    sctx.putImageData(img, 0, 0);

    const scale = px / side;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, px, px);
    ctx.setTransform(scale, 0, 0, scale, 0, 0);
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = 'low';
    // Pixel k covers [k − ½, k + ½] cells around sample k: the half cells past the grid's edge fall outside.
    const cell = frame.cell;
    ctx.drawImage(src, -cell / 2, -cell / 2, side + cell, side + cell);
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
    ctx.lineWidth = INK.contour.width;
    const project = gridToPlot(frame);
    for (const light of [true, false]) {
      ctx.beginPath();
      for (const line of lines) if (line.light === light) traceRings(line.rings, project, ctx);
      ctx.strokeStyle = light ? INK.contour.light : INK.contour.dark;
      ctx.stroke();
    }
    ctx.lineWidth = INK.arrows.width;
    for (const light of [true, false]) {
      ctx.beginPath();
      traceArrows(field.filter((a) => a.light === light), ctx);
      ctx.strokeStyle = light ? INK.arrows.light : INK.arrows.dark;
      ctx.stroke();
    }
  }, [value, size, heat, side, px, frame, lines, field]);

  return (
    <canvas
      ref={ref}
      className="surface-field"
      width={px}
      height={px}
      aria-hidden="true"
      data-levels={lines.length}
      data-arrows={field.length}
      style={{ width: side, height: side }}
    />
  );
});
