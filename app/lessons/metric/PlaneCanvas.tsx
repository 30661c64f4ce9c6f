import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { ReactNode } from 'react';
import { movePoint, PLANE_BOX, snap, type Point } from '../../../src/math/lessons/metric';
import { SvgDragHandle } from '../../../src/components/lesson/SvgDragHandle';

export interface PlaneGeometry {
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number>;
  /** Pixels per unit of distance (the same on both axes). */
  readonly unit: number;
}

interface PlaneCanvasProps {
  readonly side: number;
  readonly anchor: Point;
  readonly positive: Point;
  readonly negatives: readonly Point[];
  /** Extra class per negative (its kind, once revealed). */
  readonly negativeClass?: (i: number) => string;
  readonly onAnchor: (p: Point) => void;
  readonly onPositive: (p: Point) => void;
  readonly onNegative: (i: number, p: Point) => void;
  /** Drawn under the points (rings, zones), placed with planeGeometry(side). */
  readonly overlay?: ReactNode;
  readonly title: string;
}

const PAD = 14;

/** The scales of a plane figure of this side. */
export function planeGeometry(side: number): PlaneGeometry {
  const x = scaleLinear().domain(PLANE_BOX).range([PAD, side - PAD]);
  const y = scaleLinear().domain(PLANE_BOX).range([side - PAD, PAD]);
  return { x, y, unit: x(1) - x(0) };
}
const fmtXY = (p: Point) => `x ${p[0]}, y ${p[1]}`;

/** The plane with an anchor, a positive and negatives, each a draggable 2-D slider (arrow keys 0.1, Shift 0.5). */
export function PlaneCanvas(props: PlaneCanvasProps) {
  const { side, anchor, positive, negatives } = props;
  const { x, y } = planeGeometry(side);
  const ticks = x.ticks(6);
  const handle = (p: Point, label: string, short: string, cls: string, onMove: (p: Point) => void) => (
    <SvgDragHandle
      key={label}
      cx={x(p[0])}
      cy={y(p[1])}
      label={label}
      roleDescription="2-D slider"
      valueNow={p[0]}
      valueMin={PLANE_BOX[0]}
      valueMax={PLANE_BOX[1]}
      valueText={fmtXY(p)}
      className={cls}
      onDrag={(px, py) => onMove([snap(x.invert(px)), snap(y.invert(py))])}
      onKey={(key, shift) => {
        const next = movePoint(p, key, shift);
        if (next) onMove(next);
        return next !== undefined;
      }}
    >
      <circle className="lesson-point" r={7} />
      <text className="lesson-point-label" x={10} y={-10} aria-hidden="true">{short}</text>
    </SvgDragHandle>
  );
  return (
    // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- an SVG holding sliders: a named group (role img would hide them)
    <svg className="metric-canvas" width={side} height={side} viewBox={`0 0 ${side} ${side}`} role="group" aria-label={props.title}>
      <g className="metric-grid" aria-hidden="true">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={PAD} y2={side - PAD} />
            <line y1={y(t)} y2={y(t)} x1={PAD} x2={side - PAD} />
          </g>
        ))}
      </g>
      <g aria-hidden="true">{props.overlay}</g>
      <g className="metric-spokes" aria-hidden="true">
        {[positive, ...negatives].map((p, i) => (
          <line key={i} x1={x(anchor[0])} y1={y(anchor[1])} x2={x(p[0])} y2={y(p[1])} />
        ))}
      </g>
      {negatives.map((p, i) => handle(p, `negative ${i + 1}`, `N${i + 1}`, `is-negative ${props.negativeClass?.(i) ?? ''}`, (q) => props.onNegative(i, q)))}
      {handle(positive, 'positive', 'P', 'is-positive', props.onPositive)}
      {handle(anchor, 'anchor', 'A', 'is-anchor', props.onAnchor)}
    </svg>
  );
}
