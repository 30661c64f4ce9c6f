import { useId, useMemo, type KeyboardEvent, type PointerEvent } from 'react';
import { Axis } from './Axis';
import './charts.css';
import { curvePath, plotFrame, type Margins } from './geometry';

export interface Series {
  readonly id: string;
  readonly label: string;
  readonly color: string;
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
  readonly dashed?: boolean;
}

export interface LineChartProps {
  readonly series: readonly Series[];
  readonly xDomain: readonly [number, number];
  readonly yDomain: readonly [number, number];
  readonly xLabel: string;
  readonly yLabel: string;
  /** Accessible name of the chart as an image. */
  readonly title: string;
  readonly width: number;
  readonly height: number;
  /** Crosshair position in data units; undefined hides it. */
  readonly cursorX?: number;
  readonly onCursor?: (x: number) => void;
  /** Step for arrow keys, in data units. */
  readonly keyStep?: number;
}

const MARGINS: Margins = { top: 12, right: 16, bottom: 40, left: 52 };

/** A line chart: D3 computes scales, ticks and paths; React owns every DOM node. */
export function LineChart(props: LineChartProps) {
  const { series, xDomain, yDomain, width, height, cursorX, onCursor } = props;
  const frame = useMemo(
    () => plotFrame({ width, height, margins: MARGINS, xDomain, yDomain }),
    [width, height, xDomain, yDomain],
  );
  const paths = useMemo(() => series.map((s) => ({ s, d: curvePath(s.x, s.y, frame) })), [series, frame]);

  const move = (e: PointerEvent<SVGRectElement>) => {
    if (!onCursor) return;
    const box = e.currentTarget.getBoundingClientRect();
    onCursor(frame.x.invert(e.clientX - box.left));
  };
  const key = (e: KeyboardEvent<SVGSVGElement>) => {
    if (!onCursor) return;
    const step = props.keyStep ?? (xDomain[1] - xDomain[0]) / 100;
    const now = cursorX ?? (xDomain[0] + xDomain[1]) / 2;
    const big = e.shiftKey ? 10 : 1;
    const next =
      e.key === 'ArrowRight' ? now + step * big
      : e.key === 'ArrowLeft' ? now - step * big
      : e.key === 'Home' ? xDomain[0]
      : e.key === 'End' ? xDomain[1]
      : undefined;
    if (next === undefined) return;
    e.preventDefault();
    onCursor(Math.min(xDomain[1], Math.max(xDomain[0], next)));
  };

  const clipId = `clip-${useId().replace(/[^\w-]/g, '')}`;
  const cx = cursorX === undefined ? undefined : frame.x(cursorX);
  return (
    <svg
      className="line-chart"
      width={width}
      height={height}
      {...(onCursor
        ? {
            role: 'slider',
            tabIndex: 0,
            'aria-label': `${props.title}: cursor (${props.xLabel})`,
            'aria-valuemin': xDomain[0],
            'aria-valuemax': xDomain[1],
            'aria-valuenow': cursorX,
            'aria-valuetext': cursorX === undefined ? undefined : `${props.xLabel} ${Number(cursorX.toPrecision(4))}`,
            onKeyDown: key,
          }
        : { role: 'img', 'aria-label': props.title })}
    >
      <g transform={`translate(${MARGINS.left},${MARGINS.top})`}>
        <g transform={`translate(0,${frame.innerHeight})`}>
          <Axis scale={frame.x} orient="bottom" gridLength={frame.innerHeight} />
        </g>
        <Axis scale={frame.y} orient="left" gridLength={frame.innerWidth} ticks={6} />
        <clipPath id={clipId}>
          <rect width={frame.innerWidth} height={frame.innerHeight} />
        </clipPath>
        <g clipPath={`url(#${clipId})`}>
          {paths.map(({ s, d }) => (
            <path
              key={s.id}
              d={d}
              className="curve"
              data-series={s.id}
              stroke={s.color}
              strokeDasharray={s.dashed ? '6 4' : undefined}
            />
          ))}
        </g>
        {cx !== undefined && cx >= 0 && cx <= frame.innerWidth && (
          <line className="crosshair" x1={cx} x2={cx} y1={0} y2={frame.innerHeight} />
        )}
        <text className="axis-label" x={frame.innerWidth / 2} y={frame.innerHeight + 34} textAnchor="middle">
          {props.xLabel}
        </text>
        <text className="axis-label" transform={`translate(-40,${frame.innerHeight / 2}) rotate(-90)`} textAnchor="middle">
          {props.yLabel}
        </text>
        <rect
          className="hit-area"
          width={frame.innerWidth}
          height={frame.innerHeight}
          fill="transparent"
          onPointerMove={move}
          onPointerDown={move}
        />
      </g>
    </svg>
  );
}
