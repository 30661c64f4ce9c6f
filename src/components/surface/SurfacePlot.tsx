import { useId, useMemo, useRef } from 'react';
import type { Grid } from '../../math/surface/types';
import { Axis } from '../charts/Axis';
import { fieldExtent, heatScale, type ColorMode } from './colorScale';
import { ColorLegend, legendText } from './ColorLegend';
import { FieldCanvas } from './FieldCanvas';
import { fmt, gridProblem, SURFACE_MARGINS as M, surfaceFrame, surfaceLayout, type UV } from './frame';
import { Overlays, OverlayKey, type OverlayProps } from './Overlays';
import { PickArea } from './PickArea';
import './surface.css';
import { WeightPoint, type PointPhase } from './WeightPoint';

export interface SurfacePlotProps extends OverlayProps {
  /** Accessible name of the plot, e.g. "Huber loss surface over slope w and bias b"; unique on the page. */
  readonly title: string;
  /** Axis titles, e.g. "slope w", "bias b". */
  readonly uLabel: string;
  readonly vLabel: string;
  readonly grid: Grid;
  /** G×G fields, row-major (index j·G + i, i along u, j along v). Keep their identity while only the point moves. */
  readonly value: ArrayLike<number>;
  readonly du: ArrayLike<number>;
  readonly dv: ArrayLike<number>;
  readonly colorScale: ColorMode;
  /** Width in px; the plot area is square, so the height follows. */
  readonly width: number;
  /** The current weights (u, v). */
  readonly point: UV;
  /** Dragging or arrow keys: 'drag' while moving, 'end' when the pointer or key is released. */
  readonly onPoint?: (p: UV, phase: PointPhase) => void;
  /** A click on empty plot area (or Enter on the focused point): e.g. choose a descent start. */
  readonly onPick?: (p: UV) => void;
  /** Draw the field of negative gradients. */
  readonly arrows?: boolean;
  /** When set, this message is shown instead of a picture. */
  readonly problem?: string;
  /** What the colours measure (legend title), default "loss". */
  readonly valueLabel?: string;
}

/**
 * A loss surface over two weights: heatmap (viridis, linear or log), contour lines (d3-contour) and
 * optional negative-gradient arrows, drawn into one canvas (FieldCanvas); above it in SVG, overlays
 * (minimum, descent path, optimum path, constraint region), d3 axes, a colour legend, and the current
 * weights as a draggable, keyboard-operable point. Nothing undefined is ever
 * coloured: undefined cells are grey, and a `problem` (or a field with no finite cell) replaces the picture.
 */
export function SurfacePlot(props: SurfacePlotProps) {
  const { grid, value, du, dv, width, point, onPoint, onPick, title, uLabel, vLabel } = props;
  const valueLabel = props.valueLabel ?? 'loss';
  const { side, height } = surfaceLayout(width);
  const [u0, u1] = grid.u;
  const [v0, v1] = grid.v;
  const G = grid.size;
  // Rebuilt from numbers, so a caller that makes a new grid object each render does not redo contours.
  const stableGrid = useMemo<Grid>(() => ({ u: [u0, u1], v: [v0, v1], size: G }), [u0, u1, v0, v1, G]);
  const frame = useMemo(() => surfaceFrame(stableGrid, side), [stableGrid, side]);
  const invalid = gridProblem(stableGrid, [value, du, dv]);
  const extent = useMemo(() => (invalid ? undefined : fieldExtent(value, G * G)), [invalid, value, G]);
  const heat = useMemo(() => extent && heatScale(extent, props.colorScale), [extent, props.colorScale]);
  const problem = props.problem ?? invalid ?? (heat ? undefined : 'The surface has no defined value to draw.');
  const areaRef = useRef<SVGRectElement>(null);
  const id = useId();
  const clipId = `clip-${id.replace(/[^\w-]/g, '')}`;
  const descId = `${id}-desc`;
  const helpId = `${id}-help`;

  const summary = heat
    ? `${legendText(heat, valueLabel).name}.` +
      (props.minimum ? ` Minimum marked at ${uLabel} ${fmt(props.minimum[0])}, ${vLabel} ${fmt(props.minimum[1])}.` : '')
    : '';
  return (
    <figure className="surface-plot" aria-label={title} aria-describedby={descId} style={{ width }}>
      <div className="surface-stage" style={{ width, height }}>
        {problem || !heat ? (
          <output className="surface-problem" style={{ left: M.left, top: M.top, width: side, height: side }}>
            {problem}
          </output>
        ) : (
          <>
            <div className="surface-clip" style={{ left: M.left, top: M.top, width: side, height: side }}>
              <FieldCanvas value={value} du={du} dv={dv} grid={stableGrid} frame={frame} heat={heat} arrows={props.arrows ?? false} />
            </div>
            <svg className="surface-svg" width={width} height={height}>
              <g transform={`translate(${M.left},${M.top})`}>
                <clipPath id={clipId}>
                  <rect width={side} height={side} />
                </clipPath>
                <g clipPath={`url(#${clipId})`}>
                  <Overlays
                    frame={frame}
                    minimum={props.minimum}
                    path={props.path}
                    optimumPath={props.optimumPath}
                    constraint={props.constraint}
                    constraintBand={props.constraintBand}
                  />
                </g>
                <rect className="surface-frame" width={side} height={side} aria-hidden="true" />
                <g transform={`translate(0,${side})`}>
                  <Axis scale={frame.x} orient="bottom" gridLength={0} ticks={6} />
                </g>
                <Axis scale={frame.y} orient="left" gridLength={0} ticks={6} />
                <text className="axis-label" x={side / 2} y={side + 38} textAnchor="middle" aria-hidden="true">
                  {uLabel}
                </text>
                <text className="axis-label" transform={`translate(-44,${side / 2}) rotate(-90)`} textAnchor="middle" aria-hidden="true">
                  {vLabel}
                </text>
                <PickArea areaRef={areaRef} frame={frame} grid={stableGrid} onPick={onPick} />
                <WeightPoint
                  point={point}
                  grid={stableGrid}
                  frame={frame}
                  areaRef={areaRef}
                  uLabel={uLabel}
                  vLabel={vLabel}
                  label={`Weights on ${title}`}
                  describedBy={helpId}
                  onPoint={onPoint}
                  onPick={onPick}
                />
              </g>
            </svg>
          </>
        )}
      </div>
      {heat && !problem && (
        <>
          <ColorLegend heat={heat} length={Math.min(side, 320)} left={M.left} valueLabel={valueLabel} undefinedCells={extent?.undefinedCells ?? 0} />
          <OverlayKey {...props} point={point} />
        </>
      )}
      <p id={descId} className="surface-sr-only">
        {summary}
      </p>
      <p id={helpId} className="surface-sr-only">
        Arrow keys move the weights by 2 % of the plotted range, Shift+arrow by 10 %.
        {onPick ? ' Enter picks the current weights, as a click on the plot does.' : ''}
      </p>
    </figure>
  );
}
