import type { ReactNode } from 'react';
import { moveAngle, wrapDeg } from '../../../src/math/lessons/metricCircle';
import { SvgDragHandle } from '../../../src/components/lesson/SvgDragHandle';

export interface CirclePoint {
  /** Accessible name of its handle, e.g. "negative 2". */
  readonly label: string;
  /** Short visible label, e.g. "N2". */
  readonly short: string;
  /** Degrees, counter-clockwise from the x axis. */
  readonly angle: number;
  readonly className: string;
  /** Marker radius in px (the InfoNCE step sizes negatives by their weight). */
  readonly r?: number;
  readonly onAngle: (deg: number) => void;
}

export interface CircleGeometry {
  readonly cx: number;
  readonly cy: number;
  readonly R: number;
  /** The SVG position of angle `deg` at radius `r` (R by default). */
  at(deg: number, r?: number): { readonly x: number; readonly y: number };
}

const RAD = Math.PI / 180;

/** Centre, radius and angle-to-position of a circle figure of this side. */
export function circleGeometry(side: number): CircleGeometry {
  const cx = side / 2;
  const cy = side / 2;
  const R = side / 2 - 28;
  return { cx, cy, R, at: (deg, r = R) => ({ x: cx + r * Math.cos(deg * RAD), y: cy - r * Math.sin(deg * RAD) }) };
}

/** The unit circle with points on it, each a slider over its angle (arrow keys 5°, Shift 15°; drag along the circle). */
export function CircleCanvas({ side, points, overlay, title }: {
  readonly side: number;
  readonly points: readonly CirclePoint[];
  /** Drawn under the points, placed with circleGeometry(side). */
  readonly overlay?: ReactNode;
  readonly title: string;
}) {
  const g = circleGeometry(side);
  const { cx, cy, R } = g;
  return (
    // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- an SVG holding sliders: a named group (role img would hide them)
    <svg className="metric-canvas" width={side} height={side} viewBox={`0 0 ${side} ${side}`} role="group" aria-label={title}>
      <circle className="unit-circle" cx={cx} cy={cy} r={R} aria-hidden="true" />
      <g aria-hidden="true">{overlay}</g>
      <g className="metric-spokes" aria-hidden="true">
        {points.map((p) => {
          const q = g.at(p.angle);
          return <line key={p.label} x1={cx} y1={cy} x2={q.x} y2={q.y} />;
        })}
      </g>
      {points.map((p) => {
        const q = g.at(p.angle);
        const lab = g.at(p.angle, R + 20);
        return (
          <SvgDragHandle
            key={p.label}
            cx={q.x}
            cy={q.y}
            label={p.label}
            valueNow={p.angle}
            valueMin={-180}
            valueMax={180}
            valueText={`${p.angle}°`}
            className={p.className}
            onDrag={(x, y) => p.onAngle(wrapDeg(Math.round(Math.atan2(cy - y, x - cx) / RAD)))}
            onKey={(key, shift) => {
              const next = moveAngle(p.angle, key, shift);
              if (next !== undefined) p.onAngle(next);
              return next !== undefined;
            }}
          >
            <circle className="lesson-point" r={p.r ?? 7} />
            <text className="lesson-point-label" x={lab.x - q.x} y={lab.y - q.y} textAnchor="middle" dominantBaseline="middle" aria-hidden="true">
              {p.short}
            </text>
          </SvgDragHandle>
        );
      })}
    </svg>
  );
}
