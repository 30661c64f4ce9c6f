import { scaleBand, scaleLinear } from 'd3-scale';
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import './lessonFigures.css';
import { shownNumber } from './NumberReadout';

export interface ProbabilityDragBarsProps {
  /** The distribution's name ("p"); each bar is the slider “p(a)”. */
  readonly name: string;
  /** What the distribution is ("target"), shown above the bars. */
  readonly caption: string;
  readonly classes: readonly string[];
  readonly values: readonly number[];
  /** The smallest probability a bar can take (its largest is 1 − (C − 1)·min). */
  readonly min: number;
  /** Sets bar i to v; the caller keeps the rest a distribution. Absent: the bars are read-only. */
  readonly onChange?: (i: number, v: number) => void;
  readonly color: string;
  readonly width: number;
  readonly height?: number;
}

const M = { top: 22, right: 8, bottom: 24, left: 8 };
const STEP = 0.01;
const PAGE = 0.1;
/** Keyboard values are multiples of 1 / GRID. */
const GRID = 100;

/**
 * A probability distribution as vertical bars a learner drags (pointer) or moves with the keyboard (arrows
 * by 0.01, Page Up/Down by 0.1, Home/End to the ends): each bar is a slider with its exact value.
 */
export function ProbabilityDragBars({ name, caption, classes, values, min, onChange, color, width, height = 220 }: ProbabilityDragBarsProps) {
  const w = Math.max(120, width) - M.left - M.right;
  const h = height - M.top - M.bottom;
  const x = scaleBand<number>()
    .domain(classes.map((_, i) => i))
    .range([0, w])
    .padding(0.25);
  const y = scaleLinear().domain([0, 1]).range([h, 0]);
  const max = 1 - (classes.length - 1) * min;
  const svg = useRef<SVGSVGElement>(null);
  const dragging = useRef<number | undefined>(undefined);

  const fromPointer = (e: PointerEvent) => {
    const top = svg.current?.getBoundingClientRect().top ?? 0;
    return y.invert(e.clientY - top - M.top);
  };
  const onKeyDown = (i: number) => (e: KeyboardEvent) => {
    const v = values[i]!;
    const to: Record<string, number> = {
      ArrowUp: v + STEP,
      ArrowRight: v + STEP,
      ArrowDown: v - STEP,
      ArrowLeft: v - STEP,
      PageUp: v + PAGE,
      PageDown: v - PAGE,
      Home: min,
      End: max,
    };
    const next = to[e.key];
    if (next === undefined || !onChange) return;
    e.preventDefault();
    // Keyboard values sit on the 0.01 grid, so three presses from 0.1 give 0.13 and not 0.13000000000000003.
    onChange(i, Math.min(max, Math.max(min, Math.round(next * GRID) / GRID)));
  };

  return (
    <figure className="lfig-dist">
      <figcaption>
        {caption} <var>{name}</var>
      </figcaption>
      <svg ref={svg} width={w + M.left + M.right} height={height} className="lfig-bars">
        <g transform={`translate(${M.left},${M.top})`}>
          <line x1={0} x2={w} y1={h} y2={h} className="lfig-baseline" />
          {values.map((v, i) => {
            const bx = x(i) ?? 0;
            const bar = (
              <>
                <rect x={bx} y={0} width={x.bandwidth()} height={h} className="lfig-track" />
                <rect x={bx} y={y(v)} width={x.bandwidth()} height={h - y(v)} fill={color} />
                <text x={bx + x.bandwidth() / 2} y={y(v) - 6} textAnchor="middle">
                  {v.toFixed(2)}
                </text>
                <text x={bx + x.bandwidth() / 2} y={h + 17} textAnchor="middle">
                  {classes[i]}
                </text>
              </>
            );
            if (!onChange) return <g key={classes[i]}>{bar}</g>;
            return (
              <g
                key={classes[i]}
                className="lfig-bar-handle"
                // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- SVG has no <input>; the bar is the slider
                role="slider"
                tabIndex={0}
                aria-label={`${name}(${classes[i]})`}
                aria-orientation="vertical"
                aria-valuemin={min}
                aria-valuemax={max}
                aria-valuenow={v}
                aria-valuetext={shownNumber(v)}
                onKeyDown={onKeyDown(i)}
                onPointerDown={(e) => {
                  e.currentTarget.setPointerCapture(e.pointerId);
                  dragging.current = i;
                  onChange(i, fromPointer(e));
                }}
                onPointerMove={(e) => {
                  if (dragging.current === i) onChange(i, fromPointer(e));
                }}
                onPointerUp={() => (dragging.current = undefined)}
                onPointerCancel={() => (dragging.current = undefined)}
              >
                {bar}
              </g>
            );
          })}
        </g>
      </svg>
    </figure>
  );
}
