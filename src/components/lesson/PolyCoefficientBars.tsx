import { scaleLinear } from 'd3-scale';
import { Axis } from '../charts/Axis';
import './polyCoefficients.css';

/** One term of a series in (1 − p_t): its power and coefficient. */
export interface CoefficientTerm {
  readonly j: number;
  readonly power: number;
  readonly coefficient: number;
}

export interface CoefficientSeries {
  readonly id: string;
  readonly label: string;
  readonly color: string;
  readonly terms: readonly CoefficientTerm[];
  /** Drawn as outlines (a reference, such as cross-entropy's own coefficients). */
  readonly hollow?: boolean;
  /** Not drawn yet (a predict-first question asks about it). */
  readonly hidden?: boolean;
}

export interface PolyCoefficientBarsProps {
  readonly series: readonly CoefficientSeries[];
  /** Bars at powers above this are left out. */
  readonly maxPower: number;
  readonly width: number;
  readonly height: number;
  /** Accessible name of the chart. */
  readonly title: string;
}

const M = { top: 16, right: 12, bottom: 44, left: 48 } as const;

/**
 * Coefficient bars of one or more polynomial series: a bar of height `coefficient` at x = `power`, so a
 * shift of every power (focal loss) moves the bars sideways and a changed coefficient (Poly-1) moves one
 * bar up. Series side by side at a power; hollow ones as outlines.
 */
export function PolyCoefficientBars({ series, maxPower, width, height, title }: PolyCoefficientBarsProps) {
  const innerW = Math.max(40, width - M.left - M.right);
  const innerH = Math.max(40, height - M.top - M.bottom);
  const shown = series.filter((s) => !s.hidden);
  const top = Math.max(1, ...shown.flatMap((s) => s.terms.map((t) => t.coefficient)));
  const x = scaleLinear().domain([0, maxPower + 0.5]).range([0, innerW]);
  const y = scaleLinear().domain([0, top]).nice().range([innerH, 0]);
  const slot = (x(1) - x(0)) * 0.8;
  const bw = Math.max(3, slot / Math.max(1, series.length));
  return (
    // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- an inline SVG chart has no <img> form; role img names it
    <svg className="poly-bars" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title}>
      <g transform={`translate(${M.left},${M.top})`}>
        <g transform={`translate(0,${innerH})`}>
          <Axis scale={x} orient="bottom" gridLength={0} ticks={Math.min(12, maxPower)} />
        </g>
        <Axis scale={y} orient="left" gridLength={innerW} ticks={5} />
        {series.map((s, i) =>
          s.hidden
            ? null
            : s.terms
                .filter((t) => t.power <= maxPower)
                .map((t) => {
                  const left = x(t.power) + (i - (series.length - 1) / 2) * bw - bw / 2;
                  const h = innerH - y(Math.max(0, t.coefficient));
                  return (
                    <rect
                      key={`${s.id}-${t.j}`}
                      className={s.hollow ? 'poly-bar poly-bar-hollow' : 'poly-bar'}
                      x={left}
                      y={innerH - h}
                      width={bw}
                      height={h}
                      style={s.hollow ? { stroke: s.color } : { fill: s.color }}
                    />
                  );
                }),
        )}
        <text className="poly-axis-label" x={innerW / 2} y={innerH + 38} textAnchor="middle">
          power of (1 − p_t)
        </text>
        <text className="poly-axis-label" transform={`translate(${-36},${innerH / 2}) rotate(-90)`} textAnchor="middle">
          coefficient
        </text>
      </g>
    </svg>
  );
}
