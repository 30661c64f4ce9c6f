import { memo, useLayoutEffect, useRef } from 'react';
import { paintHeat, type HeatScale } from './colorScale';

interface HeatCanvasProps {
  readonly value: ArrayLike<number>;
  readonly size: number;
  readonly heat: HeatScale;
  /** Side of the plot area in CSS px; grid sample i sits at i·side/(size − 1). */
  readonly side: number;
}

/**
 * The heatmap: one canvas pixel per grid cell, put with putImageData (well under a millisecond at 128²)
 * and stretched by CSS. The canvas is one cell larger than the plot so each cell is centred on its sample;
 * the half cells beyond the grid's extent are cut off by the clipping box around it.
 */
export const HeatCanvas = memo(function HeatCanvas({ value, size, heat, side }: HeatCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const img = ctx.createImageData(size, size);
    paintHeat(value, size, heat, img.data);
    ctx.putImageData(img, 0, 0);
  }, [value, size, heat]);
  const cell = side / (size - 1);
  return (
    <canvas
      ref={ref}
      className="surface-heat"
      width={size}
      height={size}
      aria-hidden="true"
      style={{ left: -cell / 2, top: -cell / 2, width: side + cell, height: side + cell }}
    />
  );
});
