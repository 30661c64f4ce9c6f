import { memo, useId } from 'react';
import { Axis } from '../charts/Axis';
import { rampColor, type HeatScale } from './colorScale';
import { fmt } from './frame';

interface ColorLegendProps {
  readonly heat: HeatScale;
  /** Length of the colour bar in px. */
  readonly length: number;
  /** Left offset of the bar (aligns it with the plot area). */
  readonly left: number;
  readonly valueLabel: string;
  readonly undefinedCells: number;
}

const STOPS = Array.from({ length: 11 }, (_, k) => k / 10);
const BAR = 10;
/** Line height of the title, and a generous width per character of its 11–12 px text. */
const TITLE_LINE = 12;
const CHAR_WIDTH = 6.5;

/**
 * The title in the lines it needs within `room` px: one, or two split after its last comma (a narrow
 * card, as in presenter mode, would otherwise cut "… min = 0.0123" off).
 */
export function titleLines(title: string, room: number): string[] {
  const cut = title.lastIndexOf(', ');
  if (title.length * CHAR_WIDTH <= room || cut < 0) return [title];
  return [title.slice(0, cut + 1), title.slice(cut + 2)];
}

/** What the legend's scale measures, in words (also the legend's accessible name). */
export function legendText(heat: HeatScale, valueLabel: string): { title: string; name: string } {
  if (heat.mode === 'log' && heat.max > heat.min) {
    return {
      title: `${valueLabel} − min (log), min = ${fmt(heat.min)}`,
      name: `Colour scale, logarithmic: ${valueLabel} above its minimum ${fmt(heat.min)}, from ${fmt(heat.floor)} or less (dark) to ${fmt(heat.max - heat.min)} (bright)`,
    };
  }
  return {
    title: valueLabel,
    name: `Colour scale: ${valueLabel} from ${fmt(heat.min)} (dark) to ${fmt(heat.max)} (bright)`,
  };
}

/** The colour bar with d3 ticks under it, its title, and a swatch for undefined cells when there are any. */
export const ColorLegend = memo(function ColorLegend({ heat, length, left, valueLabel, undefinedCells }: ColorLegendProps) {
  const gradientId = `ramp-${useId().replace(/[^\w-]/g, '')}`;
  const scale = heat.legendScale(length);
  const { title, name } = legendText(heat, valueLabel);
  const showUndefined = undefinedCells > 0;
  const width = left + length + 16;
  const lines = titleLines(title, length + 16);
  const extra = TITLE_LINE * (lines.length - 1);
  return (
    // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- an inline SVG legend has no <img> form; role img names it
    <svg className="surface-legend" width={width} height={(showUndefined ? 70 : 52) + extra} role="img" aria-label={name}>
      <defs>
        <linearGradient id={gradientId}>
          {STOPS.map((t) => (
            <stop key={t} offset={t} stopColor={rampColor(t)} />
          ))}
        </linearGradient>
      </defs>
      <g transform={`translate(${left},${16 + extra})`}>
        <text className="legend-title" x={0} y={-5 - extra}>
          {lines.map((l, i) => (
            <tspan key={i} x={0} dy={i ? TITLE_LINE : 0}>
              {l}
            </tspan>
          ))}
        </text>
        <rect width={length} height={BAR} fill={`url(#${gradientId})`} />
        <g transform={`translate(0,${BAR})`}>
          <Axis scale={scale} orient="bottom" gridLength={0} ticks={heat.mode === 'log' ? 4 : 5} />
        </g>
        {showUndefined && (
          <g transform={`translate(0,${BAR + 30})`}>
            <rect width={12} height={12} y={-1} className="undefined-swatch" />
            <text x={18} y={9}>
              undefined ({undefinedCells} cells)
            </text>
          </g>
        )}
      </g>
    </svg>
  );
});
