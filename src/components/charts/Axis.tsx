import { memo } from 'react';
import type { ScaleLinear } from 'd3-scale';

interface AxisProps {
  readonly scale: ScaleLinear<number, number>;
  readonly orient: 'bottom' | 'left';
  /** Length of grid lines across the plot; 0 for none. */
  readonly gridLength: number;
  readonly ticks?: number;
  /** Draw the tick labels (false for a panel that shares the x-axis of the one below). */
  readonly labels?: boolean;
  /** The tick labels' text size in px (12 by default): x labels sit that far below their tick. */
  readonly labelSize?: number;
}

/**
 * Ticks and labels from d3-scale (its tick and format logic), drawn by React. Memoised: a panel
 * keeps its scale objects while only its curves change, so a slider leaves the axes untouched.
 */
export const Axis = memo(function Axis({ scale, orient, gridLength, ticks = 8, labels = true, labelSize = 12 }: AxisProps) {
  const values = scale.ticks(ticks);
  const format = scale.tickFormat(ticks);
  const [r0, r1] = scale.range() as [number, number];
  const horizontal = orient === 'bottom';
  return (
    <g className={`axis axis-${orient}`} aria-hidden="true">
      {horizontal ? <line x1={r0} x2={r1} className="axis-domain" /> : <line y1={r0} y2={r1} className="axis-domain" />}
      {values.map((v) => {
        const p = scale(v);
        return horizontal ? (
          <g key={v} transform={`translate(${p},0)`}>
            {gridLength > 0 && <line y2={-gridLength} className="grid" />}
            <line y2={5} className="tick" />
            {labels && <text y={6 + labelSize} textAnchor="middle">{format(v)}</text>}
          </g>
        ) : (
          <g key={v} transform={`translate(0,${p})`}>
            {gridLength > 0 && <line x2={gridLength} className="grid" />}
            <line x2={-5} className="tick" />
            {labels && <text x={-8} dy="0.32em" textAnchor="end">{format(v)}</text>}
          </g>
        );
      })}
    </g>
  );
});
