import { formatReadout } from '../../../src/components/readout/CurveReadout';
import type { DropoutLayer } from '../../../src/math/lessons/regularizationDropout';

export interface DropoutNetProps {
  readonly layer: DropoutLayer;
  readonly mask: readonly boolean[];
  /** Factor the kept activations are multiplied by (1, or 1/p for inverted dropout). */
  readonly scale: number;
  readonly width: number;
}

const ROW = 34;
const PAD = 22;

/** The thinned sub-network of one mask: kept units with their (scaled) activations, dropped units faded. */
export function DropoutNet({ layer, mask, scale, width }: DropoutNetProps) {
  const n = layer.activations.length;
  const height = n * ROW + 2 * PAD;
  const xIn = 70;
  const xOut = Math.max(xIn + 120, width - 60);
  const yOut = height / 2;
  const kept = mask.filter(Boolean).length;
  return (
    // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- an inline SVG diagram has no <img> form; role img names it
    <svg className="reg-net" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`Thinned network: ${kept} of ${n} units kept`}>
      {layer.activations.map((a, i) => {
        const yi = PAD + ROW * i + ROW / 2;
        const on = mask[i] ?? false;
        return (
          <g key={i} className={on ? undefined : 'reg-net-dropped'}>
            <line className={on ? undefined : 'reg-net-off'} x1={xIn + 14} y1={yi} x2={xOut - 16} y2={yOut} />
            <circle cx={xIn} cy={yi} r={12} />
            <text x={xIn - 20} y={yi} dy="0.32em" textAnchor="end">
              {on ? formatReadout(a * scale) : '0'}
            </text>
          </g>
        );
      })}
      <circle cx={xOut} cy={yOut} r={16} />
      <text x={xOut} y={yOut + 34} textAnchor="middle">h</text>
    </svg>
  );
}
