import { scaleLinear } from 'd3-scale';
import type { ReactNode } from 'react';
import type { Box } from '../../../src/math/lessons/boxes';
import { SvgDragHandle } from '../../../src/components/lesson/SvgDragHandle';
import { dragEdit, keyEdit, type BoxPart } from './boxEdits';
import { PLANE } from './state';

interface BoxCanvasProps {
  readonly side: number;
  readonly pred: Box;
  readonly target: Box;
  readonly onPred: (b: Box) => void;
  /** Drawn between the boxes and the handles (enclosing box, centres, arrows), placed with boxGeometry(side). */
  readonly overlay?: ReactNode;
  readonly title: string;
}

export interface BoxGeometry {
  /** Plane units to pixels; y grows downwards on screen as in the plane (image coordinates). */
  readonly x: (v: number) => number;
  readonly y: (v: number) => number;
  /** Pixels back to plane units (the same on both axes). */
  readonly invert: (px: number) => number;
  readonly unit: number;
}

const PAD = 14;

export function boxGeometry(side: number): BoxGeometry {
  const s = scaleLinear().domain(PLANE).range([PAD, side - PAD]);
  return { x: s, y: s, invert: (px) => s.invert(px), unit: s(1) - s(0) };
}

const fmt = (v: number) => String(Number(v.toFixed(2)));

/** An axis-aligned rectangle for a box. */
export function BoxRect({ b, g, className }: { b: Box; g: BoxGeometry; className: string }) {
  return <rect className={className} x={g.x(b[0])} y={g.y(b[1])} width={g.x(b[2]) - g.x(b[0])} height={g.y(b[3]) - g.y(b[1])} />;
}

/** The handles: each edge a slider along its axis, the centre a 2-D slider that moves the whole box. */
const PARTS: readonly { part: BoxPart; label: string; short: string }[] = [
  { part: 0, label: 'left edge x1', short: 'x1' },
  { part: 2, label: 'right edge x2', short: 'x2' },
  { part: 1, label: 'top edge y1', short: 'y1' },
  { part: 3, label: 'bottom edge y2', short: 'y2' },
  { part: 'move', label: 'predicted box', short: '' },
];

/**
 * The plane with the target box and the predicted box; the predicted box's four edges and its centre are
 * draggable, focusable sliders (arrow keys 0.1, Shift 0.5).
 */
export function BoxCanvas(props: BoxCanvasProps) {
  const { side, pred, target, onPred } = props;
  const g = boxGeometry(side);
  const ticks = scaleLinear().domain(PLANE).ticks(10);
  const cx = (pred[0] + pred[2]) / 2;
  const cy = (pred[1] + pred[3]) / 2;
  const at = (part: BoxPart): [number, number] =>
    part === 'move' ? [cx, cy] : part % 2 === 0 ? [pred[part], cy] : [cx, pred[part]];
  return (
    // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- an SVG holding sliders: a named group (role img would hide them)
    <svg className="boxes-canvas" width={side} height={side} viewBox={`0 0 ${side} ${side}`} role="group" aria-label={props.title}>
      <g className="boxes-grid" aria-hidden="true">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={g.x(t)} x2={g.x(t)} y1={PAD} y2={side - PAD} />
            <line y1={g.y(t)} y2={g.y(t)} x1={PAD} x2={side - PAD} />
          </g>
        ))}
      </g>
      <g aria-hidden="true">
        <BoxRect b={target} g={g} className="boxes-target" />
        <BoxRect b={pred} g={g} className="boxes-pred" />
        {props.overlay}
      </g>
      {PARTS.map(({ part, label, short }) => {
        const [hx, hy] = at(part);
        const value = part === 'move' ? pred[0] : pred[part];
        const text = part === 'move' ? `x1 ${fmt(pred[0])}, y1 ${fmt(pred[1])}, x2 ${fmt(pred[2])}, y2 ${fmt(pred[3])}` : `${short} = ${fmt(value)}`;
        return (
          <SvgDragHandle
            key={label}
            cx={g.x(hx)}
            cy={g.y(hy)}
            label={label}
            roleDescription={part === 'move' ? '2-D slider' : undefined}
            valueNow={value}
            valueMin={PLANE[0]}
            valueMax={PLANE[1]}
            valueText={text}
            className={part === 'move' ? 'boxes-move' : 'boxes-edge'}
            onDrag={(px, py) => onPred(dragEdit(pred, part, g.invert(px), g.invert(py)))}
            onKey={(key, shift) => {
              const next = keyEdit(pred, part, key, shift);
              if (next) onPred(next);
              return next !== undefined;
            }}
          >
            {part === 'move' ? <circle className="boxes-handle" r={8} /> : <rect className="boxes-handle" x={-6} y={-6} width={12} height={12} />}
          </SvgDragHandle>
        );
      })}
    </svg>
  );
}
