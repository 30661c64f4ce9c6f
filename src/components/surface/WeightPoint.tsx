import { useRef, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import type { Grid } from '../../math/surface/types';
import { clampToGrid, fmt, keyMove, pixelToWeights, type SurfaceFrame, type UV } from './frame';

export type PointPhase = 'drag' | 'end';

interface WeightPointProps {
  readonly point: UV;
  readonly grid: Grid;
  readonly frame: SurfaceFrame;
  /** The plot area's hit rectangle: its client box turns pointer positions into plot pixels. */
  readonly areaRef: RefObject<SVGRectElement | null>;
  readonly uLabel: string;
  readonly vLabel: string;
  /** Accessible name of the point, e.g. "Weights on Huber loss surface". */
  readonly label: string;
  readonly describedBy: string;
  readonly onPoint?: (p: UV, phase: PointPhase) => void;
  /** Enter on the focused point picks it (the keyboard twin of clicking the plot). */
  readonly onPick?: (p: UV) => void;
}

interface Drag {
  readonly pointerId: number;
  /** Pointer minus point, in plot px, so the point does not jump under the pointer. */
  readonly offX: number;
  readonly offY: number;
  readonly box: DOMRect;
  last?: UV;
}

/**
 * The current weights: a marker that can be dragged (pointer capture; onPoint 'drag' while moving, 'end' on
 * release) and, when onPoint is given, a focusable 2-D slider: arrow keys move it by 2 % of the range (Shift
 * 10 %), sending 'drag' on each press and 'end' when the key is released. Its value text names both weights.
 */
export function WeightPoint(props: WeightPointProps) {
  const { point, grid, frame, areaRef, onPoint, onPick } = props;
  const drag = useRef<Drag | null>(null);
  const keyMoved = useRef(false);
  const shown = clampToGrid(point, grid);
  const cx = frame.x(shown[0]);
  const cy = frame.y(shown[1]);
  const outside = shown[0] !== point[0] || shown[1] !== point[1];
  const valueText = `${props.uLabel} ${fmt(point[0])}, ${props.vLabel} ${fmt(point[1])}${outside ? ' (outside the plotted range)' : ''}`;

  const toWeights = (e: PointerEvent<SVGGElement>, d: Drag): UV => {
    const sx = d.box.width > 0 ? frame.side / d.box.width : 1;
    const sy = d.box.height > 0 ? frame.side / d.box.height : 1;
    return pixelToWeights(frame, (e.clientX - d.box.left) * sx - d.offX, (e.clientY - d.box.top) * sy - d.offY, grid);
  };
  const onPointerDown = (e: PointerEvent<SVGGElement>) => {
    const area = areaRef.current;
    if (!onPoint || !area || e.button !== 0) return;
    e.preventDefault();
    e.stopPropagation();
    e.currentTarget.focus({ preventScroll: true });
    const box = area.getBoundingClientRect();
    const sx = box.width > 0 ? frame.side / box.width : 1;
    const sy = box.height > 0 ? frame.side / box.height : 1;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { pointerId: e.pointerId, offX: (e.clientX - box.left) * sx - cx, offY: (e.clientY - box.top) * sy - cy, box };
  };
  const onPointerMove = (e: PointerEvent<SVGGElement>) => {
    const d = drag.current;
    if (!d || d.pointerId !== e.pointerId || !onPoint) return;
    d.last = toWeights(e, d);
    onPoint(d.last, 'drag');
  };
  const end = (e: PointerEvent<SVGGElement>) => {
    const d = drag.current;
    if (!d || d.pointerId !== e.pointerId) return;
    drag.current = null;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
    if (d.last && onPoint) onPoint(d.last, 'end');
  };
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    if (!onPoint) return;
    if (e.key === 'Enter' && onPick) {
      e.preventDefault();
      onPick(point);
      return;
    }
    const next = keyMove(point, e.key, e.shiftKey, grid);
    if (!next) return;
    e.preventDefault();
    keyMoved.current = true;
    onPoint(next, 'drag');
  };
  const onKeyUp = (e: KeyboardEvent<SVGGElement>) => {
    if (!onPoint || !keyMoved.current || !e.key.startsWith('Arrow')) return;
    keyMoved.current = false;
    onPoint(point, 'end');
  };

  const marker = (
    <>
      <circle className="point-hit" r={16} />
      <circle className="focus-ring" r={10} />
      <circle className={`point-mark${outside ? ' outside' : ''}`} r={6} />
    </>
  );
  if (!onPoint) {
    return (
      <g className="surface-point static" transform={`translate(${cx},${cy})`} aria-hidden="true">
        {marker}
      </g>
    );
  }
  return (
    <g
      className="surface-point"
      transform={`translate(${cx},${cy})`}
      // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- SVG has no <input>; a <g> plays the 2-D slider
      role="slider"
      tabIndex={0}
      aria-roledescription="2-D slider"
      aria-label={props.label}
      aria-describedby={props.describedBy}
      aria-valuemin={grid.u[0]}
      aria-valuemax={grid.u[1]}
      aria-valuenow={point[0]}
      aria-valuetext={valueText}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={end}
      onPointerCancel={end}
      onLostPointerCapture={end}
      onKeyDown={onKeyDown}
      onKeyUp={onKeyUp}
    >
      {marker}
    </g>
  );
}
