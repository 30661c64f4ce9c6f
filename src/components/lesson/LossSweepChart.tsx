import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { Axis } from '../charts/Axis';
import '../charts/charts.css';
import { seriesColor } from '../charts/palette';
import './lessonFigures.css';

export interface SweepSeries {
  readonly label: string;
  readonly points: readonly { readonly x: number; readonly y: number }[];
}

export interface LossSweepChartProps {
  /** What the chart shows, for screen readers. */
  readonly title: string;
  readonly series: readonly SweepSeries[];
  readonly xDomain: readonly [number, number];
  readonly xLabel: string;
  readonly yLabel: string;
  /** The current x, drawn as a solid vertical line. */
  readonly at?: number;
  /** What the current-x line is called ("now"). */
  readonly atLabel?: string;
  /** Labelled dashed vertical lines (e.g. where a margin is met). */
  readonly guides?: readonly { readonly x: number; readonly label: string }[];
  /** False hides the curves (a predict-first question asks about them); axes and the marker stay. */
  readonly showCurves: boolean;
  readonly width: number;
  readonly height?: number;
}

const M = { top: 12, right: 16, bottom: 40, left: 56 };

/** Several curves y(x) over one x-axis, with a current-x marker: d3-scale lays out, React draws. */
export function LossSweepChart({ title, series, xDomain, xLabel, yLabel, at, atLabel = 'now', guides = [], showCurves, width, height = 300 }: LossSweepChartProps) {
  const w = Math.max(160, width) - M.left - M.right;
  const h = height - M.top - M.bottom;
  const x = scaleLinear().domain(xDomain).range([0, w]);
  const ys = series.flatMap((s) => s.points.map((p) => p.y)).filter(Number.isFinite);
  const y = scaleLinear()
    .domain([0, Math.max(1e-9, ...ys)])
    .range([h, 0])
    .nice();
  const path = line<{ x: number; y: number }>()
    .x((p) => x(p.x))
    .y((p) => y(p.y));
  return (
    <div className="lfig-chart">
      {/* oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- an inline SVG chart has no <img> form; role img names it */}
      <svg width={w + M.left + M.right} height={height} role="img" aria-label={title}>
        <g transform={`translate(${M.left},${M.top})`}>
          <g transform={`translate(0,${h})`}>
            <Axis scale={x} orient="bottom" gridLength={h} ticks={8} />
          </g>
          <Axis scale={y} orient="left" gridLength={w} ticks={6} />
          {guides.map((g) => (
            <g key={g.label} transform={`translate(${x(g.x)},0)`} className="lfig-guide">
              <line y1={0} y2={h} />
              <text x={4} y={12}>{g.label}</text>
            </g>
          ))}
          {showCurves &&
            series.map((s, i) => <path key={s.label} d={path(s.points) ?? ''} fill="none" stroke={seriesColor(i)} strokeWidth={2.5} />)}
          {at !== undefined && (
            <g className="lfig-at" transform={`translate(${x(at)},0)`}>
              <line y1={0} y2={h} />
              <text x={4} y={h - 6}>{atLabel}</text>
            </g>
          )}
          <text className="lfig-axis-label" x={w / 2} y={h + 34} textAnchor="middle">{xLabel}</text>
          <text className="lfig-axis-label" transform={`translate(${-44},${h / 2}) rotate(-90)`} textAnchor="middle">{yLabel}</text>
        </g>
      </svg>
      <ul className="lfig-legend" aria-label="Curves">
        {series.map((s, i) => (
          <li key={s.label}>
            <span className="lfig-swatch" style={{ background: seriesColor(i) }} aria-hidden="true" /> {s.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
