import type { ScaleLinear } from 'd3-scale';
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { Axis } from '../../../src/components/charts/Axis';
import type { EstimateKind, Optimum } from '../../../src/math/lessons/estimate';
import { clamp } from '../../../src/math/numerics';
import { DOMAIN, KIND_INFO } from './kinds';

interface SampleStripProps {
  readonly ys: readonly number[];
  readonly onChange: (ys: readonly number[]) => void;
  readonly x: ScaleLinear<number, number>;
  /** Optima to mark on the data (none while the question is open). */
  readonly optima: readonly { readonly kind: EstimateKind; readonly optimum: Optimum }[];
  /** The learner's guess c, drawn as a grey line. */
  readonly guess: number;
  readonly left: number;
}

const HEIGHT = 96;
const AXIS_Y = 62;
/** Dragged points land on a 0.01 grid, so the link stays short and the values stay readable. */
const snap = (v: number) => Math.round(clamp(v, DOMAIN[0], DOMAIN[1]) * 100) / 100;

/**
 * The sample on a number line. Each point is a slider (drag it, or arrow keys: ±0.1, Page keys ±1);
 * each loss's best constant is a coloured tick above the line, an interval where the optimum is one.
 */
export function SampleStrip({ ys, onChange, x, optima, guess, left }: SampleStripProps) {
  const svg = useRef<SVGSVGElement>(null);
  const dragging = useRef<number | null>(null);
  const width = x.range()[1]! + left + 16;
  const move = (i: number, v: number) => onChange(ys.map((y, j) => (j === i ? snap(v) : y)));

  const toData = (e: PointerEvent) => {
    const box = svg.current!.getBoundingClientRect();
    return x.invert(e.clientX - box.left - left);
  };
  const onKey = (i: number) => (e: KeyboardEvent) => {
    const step = { ArrowRight: 0.1, ArrowUp: 0.1, ArrowLeft: -0.1, ArrowDown: -0.1, PageUp: 1, PageDown: -1 }[e.key];
    if (step === undefined) return;
    e.preventDefault();
    move(i, ys[i]! + step);
  };

  return (
    // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- SVG has no <fieldset>; the group names the points
    <svg ref={svg} className="estimate-strip line-chart" width={width} height={HEIGHT} role="group" aria-label="The sample: drag a point, or focus it and use the arrow keys">
      <g transform={`translate(${left},0)`}>
        <g transform={`translate(0,${AXIS_Y})`}>
          <Axis scale={x} orient="bottom" gridLength={0} ticks={Math.max(3, Math.floor(x.range()[1]! / 45))} />
        </g>
        <g aria-hidden="true">
          <line x1={x(guess)} x2={x(guess)} y1={4} y2={AXIS_Y} className="estimate-guess" />
          <text x={x(guess) - 4} y={12} textAnchor="end" className="estimate-marker-label">
            c
          </text>
        </g>
        {optima.map(({ kind, optimum }, k) => {
          const y = 8 + k * 10;
          const c = KIND_INFO[kind].color;
          return (
            <g key={kind} aria-hidden="true">
              <line x1={x(optimum.at)} x2={x(optimum.at)} y1={y} y2={AXIS_Y} stroke={c} strokeWidth={2} strokeDasharray="3 2" />
              {optimum.hi > optimum.lo && (
                <rect x={x(optimum.lo)} width={x(optimum.hi) - x(optimum.lo)} y={y - 3} height={6} fill={c} opacity={0.45} />
              )}
              <circle cx={x(optimum.at)} cy={y} r={3.5} fill={c} />
              <text x={x(optimum.at) + 6} y={y + 4} className="estimate-marker-label">
                {KIND_INFO[kind].name}
              </text>
            </g>
          );
        })}
        {ys.map((y, i) => (
          // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- SVG has no <input>; a circle plays the slider
          <circle role="slider"
            // Points keep their place in the list while dragged, so the index is their identity.
            key={i}
            className="estimate-point"
            cx={x(y)}
            cy={AXIS_Y - 12}
            r={8}
            tabIndex={0}
            aria-label={`point ${i + 1}`}
            aria-valuemin={DOMAIN[0]}
            aria-valuemax={DOMAIN[1]}
            aria-valuenow={y}
            aria-valuetext={String(y)}
            onKeyDown={onKey(i)}
            onPointerDown={(e) => {
              e.currentTarget.setPointerCapture(e.pointerId);
              dragging.current = i;
            }}
            onPointerMove={(e) => {
              if (dragging.current === i) move(i, toData(e));
            }}
            onPointerUp={() => {
              dragging.current = null;
            }}
          />
        ))}
      </g>
    </svg>
  );
}
