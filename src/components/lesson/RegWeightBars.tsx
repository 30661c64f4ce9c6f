import { scaleBand, scaleLinear } from 'd3-scale';
import { Axis } from '../charts/Axis';
import './regWeightBars.css';

export interface WeightSeries {
  readonly id: string;
  readonly label: string;
  readonly color: string;
  /** One signed weight per feature. */
  readonly values: readonly number[];
}

export interface RegWeightBarsProps {
  readonly features: readonly string[];
  readonly series: readonly WeightSeries[];
  /** Fixed y-range, so bars visibly shrink as a penalty grows instead of the axis rescaling. */
  readonly yDomain: readonly [number, number];
  readonly width: number;
  readonly height: number;
  /** Accessible name of the chart. */
  readonly title: string;
}

const M = { top: 12, right: 8, bottom: 28, left: 44 } as const;

/**
 * Signed weight bars, one group per feature and one bar per series, from a zero line. An exactly zero
 * weight gets a small ring on the zero line, so "exactly 0" differs visibly from "small".
 */
export function RegWeightBars({ features, series, yDomain, width, height, title }: RegWeightBarsProps) {
  const innerW = Math.max(40, width - M.left - M.right);
  const innerH = Math.max(40, height - M.top - M.bottom);
  const x = scaleBand<string>().domain([...features]).range([0, innerW]).paddingInner(0.25).paddingOuter(0.1);
  const inner = scaleBand<string>().domain(series.map((s) => s.id)).range([0, x.bandwidth()]).paddingInner(0.1);
  const y = scaleLinear().domain([...yDomain]).nice().range([innerH, 0]).clamp(true);
  const y0 = y(0);
  return (
    // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- an inline SVG chart has no <img> form; role img names it
    <svg className="reg-bars" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title}>
      <g transform={`translate(${M.left},${M.top})`}>
        <Axis scale={y} orient="left" gridLength={innerW} ticks={5} />
        <line className="reg-bars-zero" x1={0} x2={innerW} y1={y0} y2={y0} />
        {features.map((f, k) => (
          <g key={f} transform={`translate(${x(f) ?? 0},0)`}>
            {series.map((s) => {
              const v = s.values[k] ?? 0;
              const left = inner(s.id) ?? 0;
              const bw = inner.bandwidth();
              if (v === 0) return <circle key={s.id} className="reg-bars-nought" cx={left + bw / 2} cy={y0} r={Math.min(6, bw / 2)} style={{ stroke: s.color }} />;
              const top = Math.min(y(v), y0);
              return <rect key={s.id} x={left} y={top} width={bw} height={Math.abs(y(v) - y0)} style={{ fill: s.color }} />;
            })}
            <text className="reg-bars-name" x={x.bandwidth() / 2} y={innerH + 20} textAnchor="middle">
              {f}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
