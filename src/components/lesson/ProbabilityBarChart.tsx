import { scaleLinear } from 'd3-scale';
import './probabilityBarChart.css';

export interface ProbabilityBarChartProps {
  /** One label per bar (“class 1”). */
  readonly labels: readonly string[];
  /** Probabilities in [0, 1]; a non-finite one is drawn as an empty slot marked with its value. */
  readonly values: readonly number[];
  /** Optional second series drawn as outlines over the bars (e.g. the values before a change). */
  readonly ghost?: readonly number[];
  /** What the chart shows, for screen readers and as its title. */
  readonly title: string;
  readonly width: number;
  readonly height?: number;
  /** While true the bars are drawn as empty slots: the learner has not predicted yet. */
  readonly hidden?: boolean;
}

const M = { top: 22, right: 8, bottom: 26, left: 36 };
const BAR_FILL = 0.7;

/** Text for a probability on a bar: three decimals, or what went wrong. */
export function barText(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  return v.toFixed(3);
}

/** Vertical bars over [0, 1], one per class, with their values written on top. */
export function ProbabilityBarChart({ labels, values, ghost, title, width, height = 240, hidden = false }: ProbabilityBarChartProps) {
  const w = Math.max(160, width);
  const innerW = w - M.left - M.right;
  const innerH = height - M.top - M.bottom;
  // Slot i spans [i, i + 1] on x; its bar fills the middle BAR_FILL of it.
  const x = scaleLinear().domain([0, labels.length]).range([0, innerW]);
  const barW = (x(1) - x(0)) * BAR_FILL;
  const barX = (i: number) => x(i + (1 - BAR_FILL) / 2);
  const y = scaleLinear().domain([0, 1]).range([innerH, 0]);
  const ticks = y.ticks(4);
  const summary = hidden ? `${title}: hidden until you answer` : `${title}: ${labels.map((l, i) => `${l} ${barText(values[i]!)}`).join(', ')}`;
  return (
    // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- an inline SVG chart has no <img> form; role img names it
    <svg className="prob-bars" width={w} height={height} role="img" aria-label={summary}>
      <g transform={`translate(${M.left},${M.top})`}>
        {ticks.map((t) => (
          <g key={t} transform={`translate(0,${y(t)})`}>
            <line className="prob-grid" x2={innerW} />
            <text className="prob-tick" x={-6} dy="0.32em" textAnchor="end">
              {t}
            </text>
          </g>
        ))}
        {labels.map((l, i) => {
          const v = values[i]!;
          const bx = barX(i);
          const ok = Number.isFinite(v) && !hidden;
          const g = ghost?.[i];
          return (
            <g key={i}>
              {ok ? (
                <rect className="prob-bar" x={bx} width={barW} y={y(v)} height={innerH - y(v)} />
              ) : (
                <rect className="prob-slot" x={bx} width={barW} y={0} height={innerH} />
              )}
              {g !== undefined && Number.isFinite(g) && !hidden && (
                <rect className="prob-ghost" x={bx} width={barW} y={y(g)} height={innerH - y(g)} />
              )}
              <text className="prob-value" x={bx + barW / 2} y={ok ? y(v) - 5 : innerH / 2} textAnchor="middle">
                {hidden ? '?' : barText(v)}
              </text>
              <text className="prob-label" x={bx + barW / 2} y={innerH + 17} textAnchor="middle">
                {l}
              </text>
            </g>
          );
        })}
        <line className="prob-axis" y1={innerH} y2={innerH} x2={innerW} />
      </g>
    </svg>
  );
}
