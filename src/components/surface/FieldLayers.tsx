import { memo, useMemo } from 'react';
import type { Grid } from '../../math/surface/types';
import { arrowField, arrowsPath } from './arrows';
import type { HeatScale } from './colorScale';
import { contourLines, contourThresholds } from './contours';
import type { SurfaceFrame } from './frame';

interface FieldLayersProps {
  readonly value: ArrayLike<number>;
  readonly du: ArrayLike<number>;
  readonly dv: ArrayLike<number>;
  readonly grid: Grid;
  readonly frame: SurfaceFrame;
  readonly heat: HeatScale;
  readonly arrows: boolean;
}

/**
 * Contour lines and the negative-gradient arrows: they depend on the fields only, so moving the weights
 * point never recomputes or re-renders them (the props keep their identity while only the point moves).
 */
export const FieldLayers = memo(function FieldLayers({ value, du, dv, grid, frame, heat, arrows }: FieldLayersProps) {
  const lines = useMemo(() => contourLines(value, contourThresholds(heat), frame, heat), [value, frame, heat]);
  const field = useMemo(
    () => (arrows ? arrowField({ du, dv, value, grid, frame, heat }) : []),
    [arrows, du, dv, value, grid, frame, heat],
  );
  const arrowPaths = useMemo(
    () => ({ light: arrowsPath(field.filter((a) => a.light)), dark: arrowsPath(field.filter((a) => !a.light)) }),
    [field],
  );
  return (
    <g aria-hidden="true">
      <g className="surface-contours">
        {lines.map((c) => (
          <path key={c.value} d={c.d} className={`contour ${c.light ? 'on-dark' : 'on-light'}`} data-level={c.value} />
        ))}
      </g>
      {arrows && (
        <g className="surface-arrows">
          {arrowPaths.light && <path d={arrowPaths.light} className="arrows on-dark" />}
          {arrowPaths.dark && <path d={arrowPaths.dark} className="arrows on-light" />}
        </g>
      )}
    </g>
  );
});
