import { useMemo } from 'react';
import { Axis } from '../charts/Axis';
import { lossChartModel } from './lossChart';
import './surface.css';

export interface LossPerStepChartProps {
  /** Objective after each optimizer step; values[0] is the start. Non-finite values are never drawn. */
  readonly values: readonly number[];
  /** Accessible name, e.g. "Objective per step, Huber". */
  readonly title: string;
  readonly width: number;
  /** Log y-axis (used only when every finite value is positive; otherwise the chart says so and stays linear). */
  readonly logScale?: boolean;
}

const M = { top: 10, right: 14, bottom: 36, left: 58 } as const;

/** A small line chart of the objective per step: d3 scales and ticks, React DOM, one path and a dot per step. */
export function LossPerStepChart({ values, title, width, logScale }: LossPerStepChartProps) {
  const height = Math.round(Math.min(220, Math.max(140, width * 0.45)));
  const innerWidth = Math.max(40, width - M.left - M.right);
  const innerHeight = height - M.top - M.bottom;
  const model = useMemo(
    () => lossChartModel({ values, innerWidth, innerHeight, logScale }),
    [values, innerWidth, innerHeight, logScale],
  );
  if (!model) {
    return (
      <figure className="loss-steps" aria-label={title}>
        <p className="chart-empty">{values.length === 0 ? 'No steps yet.' : 'No step has a finite objective.'}</p>
      </figure>
    );
  }
  const xTicks = Math.max(1, Math.min(6, values.length - 1));
  return (
    <figure className="loss-steps" aria-label={title}>
      {/* oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- an inline SVG chart has no <img> form; role img names it */}
      <svg width={width} height={height} role="img" aria-label={`${title}: ${model.summary}`}>
        <g transform={`translate(${M.left},${M.top})`}>
          <g transform={`translate(0,${innerHeight})`}>
            <Axis scale={model.x} orient="bottom" gridLength={innerHeight} ticks={xTicks} />
          </g>
          {/* A log axis has a tick at every 1–9 multiple: grid lines only on a linear one. */}
          <Axis scale={model.y} orient="left" gridLength={model.log ? 0 : innerWidth} ticks={model.log ? 3 : 5} />
          <path className="loss-line" d={model.d} />
          {model.dots && <path className="loss-dots" d={model.dots} />}
          <path className="loss-last" d={model.last} />
          <text className="axis-label" x={innerWidth / 2} y={innerHeight + 31} textAnchor="middle">
            step
          </text>
          <text className="axis-label" transform={`translate(-46,${innerHeight / 2}) rotate(-90)`} textAnchor="middle">
            {model.log ? 'objective (log)' : 'objective'}
          </text>
        </g>
      </svg>
      {model.notes.map((n) => (
        <p key={n} className="chart-note">
          {n}
        </p>
      ))}
    </figure>
  );
}
