import { useId } from 'react';
import { heat } from './Lattice';

const W = 180;
const STOPS = Array.from({ length: 11 }, (_, i) => i / 10);

/** The colour key of the posterior heatmap, 0 to 1. */
export function HeatLegend() {
  const id = useId();
  return (
    // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- an inline SVG key has no <img> form; role img names it
    <svg className="ctc-legend" role="img" aria-label="Colour key: posterior from 0 (dark) to 1 (bright)" width={W + 20} height={38} viewBox={`0 0 ${W + 20} 38`}>
      <defs>
        <linearGradient id={id}>
          {STOPS.map((v) => (
            <stop key={v} offset={v} stopColor={heat(v)} />
          ))}
        </linearGradient>
      </defs>
      <rect x={10} y={2} width={W} height={14} fill={`url(#${id})`} />
      {[0, 0.5, 1].map((v) => (
        <text key={v} x={10 + v * W} y={32} textAnchor="middle">
          {v}
        </text>
      ))}
    </svg>
  );
}
