import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { useId, useMemo, type PointerEventHandler, type SVGAttributes } from 'react';
import { Axis } from './Axis';
import { cachedCurvePath, valueAt, type Margins } from './geometry';

/** One curve as a panel draws it. */
export interface PanelLine {
  readonly id: string;
  readonly color: string;
  readonly dashed?: boolean;
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
}

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
  /** role, aria-* and key handling of the <svg>. */
  readonly svgAttrs: SVGAttributes<SVGSVGElement>;
  readonly pointer?: PlotPointerHandlers;
}

/** One panel of the linked charts: D3 computes the scales and paths, React draws them. */
export function ChartPanel(props: ChartPanelProps) {
  const { lines, x, width, height, margins, cursorX } = props;
  const [y0, y1] = props.yDomain;
  const innerWidth = x.range()[1]!;
  const innerHeight = Math.max(10, height - margins.top - margins.bottom);
  const y = useMemo(() => scaleLinear().domain([y0, y1]).range([innerHeight, 0]).nice(), [y0, y1, innerHeight]);

  // The curves depend on the data and the scales only, never on the cursor: moving the
  // crosshair re-renders this panel without rebuilding a single path or diffing one.
  const curves = useMemo(() => {
    const frame = { x, y, innerHeight };
    return lines.map((l) => (
      <path
        key={l.id}
        d={cachedCurvePath(l.x, l.y, frame)}
        className="curve"
        data-series={l.id}
        data-samples={l.x.length}
        stroke={l.color}
        strokeDasharray={l.dashed ? '6 4' : undefined}
      />
    ));
  }, [lines, x, y, innerHeight]);

  const clipId = `clip-${useId().replace(/[^\w-]/g, '')}`;
  const cx = x(cursorX);
  const showCursor = Number.isFinite(cx) && cx >= 0 && cx <= innerWidth;
  const [top, bottom] = [y.range()[1]!, y.range()[0]!];
  const dots = showCursor
    ? lines.flatMap((l) => {
        const cy = y(valueAt(l.x, l.y, cursorX));
        return Number.isFinite(cy) && cy >= top && cy <= bottom ? [{ id: l.id, color: l.color, cy }] : [];
      })
    : [];

  return (
    <svg className="line-chart curve-panel" data-panel={props.panel} width={width} height={height} {...props.svgAttrs}>
      <g transform={`translate(${margins.left},${margins.top})`}>
        <g transform={`translate(0,${innerHeight})`}>
          <Axis scale={x} orient="bottom" gridLength={innerHeight} ticks={props.xTicks} labels={props.xLabel !== undefined} />
        </g>
        <Axis scale={y} orient="left" gridLength={innerWidth} ticks={Math.max(2, Math.round(innerHeight / 40))} />
        <clipPath id={clipId}>
          <rect width={innerWidth} height={innerHeight} />
        </clipPath>
        <g clipPath={`url(#${clipId})`}>{curves}</g>
        {showCursor && (
          <g className="cursor-marks" aria-hidden="true">
            <line className="crosshair" x1={cx} x2={cx} y1={0} y2={innerHeight} />
            {dots.map((d) => (
              <circle key={d.id} className="cursor-dot" cx={cx} cy={d.cy} r={4} fill={d.color} />
            ))}
          </g>
        )}
        <text className="axis-label panel-title" x={-margins.left + 4} y={-8}>
          {props.yLabel}
        </text>
        {props.xLabel !== undefined && (
          <text className="axis-label" x={innerWidth / 2} y={innerHeight + 34} textAnchor="middle">
            {props.xLabel}
          </text>
        )}
        <rect className="hit-area" width={innerWidth} height={innerHeight} fill="transparent" {...props.pointer} />
      </g>
    </svg>
  );
}
