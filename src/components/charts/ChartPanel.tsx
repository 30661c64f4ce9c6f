import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { useId, useMemo, type HTMLAttributes, type PointerEventHandler } from 'react';
import { Axis } from './Axis';
import { useChartStyle } from './chartStyle';
import { CurveCanvas } from './CurveCanvas';
import { dashOf, DOT_RADIUS, DOT_RING, type PanelLine } from './curveStyle';
export type { PanelLine } from './curveStyle';
import { cachedCurvePath, valueAt, type Margins } from './geometry';

/** Pointer handlers for the plot area (cursor, drag-to-pan). */
export interface PlotPointerHandlers {
  readonly onPointerDown: PointerEventHandler<SVGRectElement>;
  readonly onPointerMove: PointerEventHandler<SVGRectElement>;
  readonly onPointerUp: PointerEventHandler<SVGRectElement>;
  readonly onPointerCancel: PointerEventHandler<SVGRectElement>;
}

export interface ChartPanelProps {
  /** Which quantity the panel shows; written to data-panel for styling and tests. */
  readonly panel: string;
  readonly lines: readonly PanelLine[];
  /** The x-scale every panel shares (range [0, inner width]). */
  readonly x: ScaleLinear<number, number>;
  readonly yDomain: readonly [number, number];
  readonly width: number;
  readonly height: number;
  readonly margins: Margins;
  /** Axis title, drawn above the plot. */
  readonly yLabel: string;
  /** x-axis title; given only to the bottom panel, which also labels the x ticks. */
  readonly xLabel?: string;
  readonly xTicks: number;
  readonly cursorX: number;
  /** role, aria-* and key handling of the panel. */
  readonly attrs: HTMLAttributes<HTMLDivElement>;
  readonly pointer?: PlotPointerHandlers;
  /**
   * How the curves and cursor dots are drawn: as SVG paths (vector, also when rendered to static
   * markup) or on a canvas over the SVG axes, which is much cheaper to redraw every frame of a drag.
   */
  readonly drawing?: CurveDrawing;
}

export type CurveDrawing = 'svg' | 'canvas';

/**
 * One panel of the linked charts: D3 computes the scales and paths; React draws the axes in SVG and
 * the curves in SVG or on a canvas (`drawing`). The panel is a div that carries the role and name;
 * its SVG and canvas are presentation.
 */
export function ChartPanel(props: ChartPanelProps) {
  const { lines, x, width, height, margins, cursorX, drawing = 'svg' } = props;
  const [y0, y1] = props.yDomain;
  const { curveWidth, fontSize } = useChartStyle();
  const innerWidth = x.range()[1]!;
  const innerHeight = Math.max(10, height - margins.top - margins.bottom);
  const y = useMemo(() => scaleLinear().domain([y0, y1]).range([innerHeight, 0]).nice(), [y0, y1, innerHeight]);
  const frame = useMemo(() => ({ x, y, innerHeight }), [x, y, innerHeight]);

  // The curves depend on the data and the scales only, never on the cursor: moving the
  // crosshair re-renders this panel without rebuilding a single path or diffing one.
  const curves = useMemo(
    () =>
      drawing === 'svg'
        ? lines.map((l) => (
            <path
              key={l.id}
              d={cachedCurvePath(l.x, l.y, frame)}
              className="curve"
              data-series={l.id}
              data-samples={l.x.length}
              stroke={l.color}
              strokeWidth={curveWidth}
              strokeDasharray={dashOf(l).join(' ') || undefined}
            />
          ))
        : null,
    [drawing, lines, frame, curveWidth],
  );

  const clipId = `clip-${useId().replace(/[^\w-]/g, '')}`;
  const cx = x(cursorX);
  const showCursor = Number.isFinite(cx) && cx >= 0 && cx <= innerWidth;
  const dots = useMemo(() => {
    if (!showCursor) return [];
    const [top, bottom] = [y.range()[1]!, y.range()[0]!];
    return lines.flatMap((l) => {
      const cy = y(valueAt(l.x, l.y, cursorX));
      return Number.isFinite(cy) && cy >= top && cy <= bottom ? [{ id: l.id, color: l.color, cy }] : [];
    });
  }, [showCursor, lines, y, cursorX]);

  return (
    <div className="line-chart curve-panel" data-panel={props.panel} style={{ width, height, fontSize }} {...props.attrs}>
      <svg width={width} height={height} aria-hidden="true">
        <g transform={`translate(${margins.left},${margins.top})`}>
          <g transform={`translate(0,${innerHeight})`}>
            <Axis scale={x} orient="bottom" gridLength={innerHeight} ticks={props.xTicks} labels={props.xLabel !== undefined} labelSize={fontSize} />
          </g>
          <Axis scale={y} orient="left" gridLength={innerWidth} ticks={Math.max(3, Math.round(innerHeight / (40 + 2 * (fontSize - 12))))} />
          {curves && (
            <>
              <clipPath id={clipId}>
                <rect width={innerWidth} height={innerHeight} />
              </clipPath>
              <g clipPath={`url(#${clipId})`}>{curves}</g>
            </>
          )}
          {showCursor && (
            <g className="cursor-marks">
              <line className="crosshair" x1={cx} x2={cx} y1={0} y2={innerHeight} />
              {drawing === 'svg' &&
                dots.map((d) => (
                  <circle key={d.id} className="cursor-dot" cx={cx} cy={d.cy} r={DOT_RADIUS} fill={d.color} strokeWidth={DOT_RING} />
                ))}
            </g>
          )}
          <text className="axis-label panel-title" x={-margins.left + 4} y={-8 - 0.75 * (fontSize - 12)}>
            {props.yLabel}
          </text>
          {props.xLabel !== undefined && (
            <text className="axis-label" x={innerWidth / 2} y={innerHeight + 16 + 1.5 * fontSize} textAnchor="middle">
              {props.xLabel}
            </text>
          )}
          <rect className="hit-area" width={innerWidth} height={innerHeight} fill="transparent" {...props.pointer} />
        </g>
      </svg>
      {drawing === 'canvas' && (
        <CurveCanvas
          lines={lines}
          frame={frame}
          innerWidth={innerWidth}
          left={margins.left}
          top={margins.top}
          cx={showCursor ? cx : undefined}
          dots={dots}
          curveWidth={curveWidth}
        />
      )}
    </div>
  );
}
