import { useRef, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';

export interface SvgDragHandleProps {
  /** Centre in the SVG's user units. */
  readonly cx: number;
  readonly cy: number;
  /** Accessible name, e.g. "anchor". */
  readonly label: string;
  readonly valueNow: number;
  readonly valueMin: number;
  readonly valueMax: number;
  /** What a screen reader says for the value, e.g. "x 0.5, y −1" or "30°". */
  readonly valueText: string;
  /** "2-D slider" for a point in the plane; leave out for a plain slider. */
  readonly roleDescription?: string;
  /** A pointer moved while dragging, at (x, y) in the SVG's user units. */
  readonly onDrag: (x: number, y: number) => void;
  /** A key pressed while focused; returns true when it moved the handle. */
  readonly onKey: (key: string, shift: boolean) => boolean;
  readonly className?: string;
  /** The visible marker, drawn around (0, 0). */
  readonly children: ReactNode;
}

/**
 * A focusable, draggable marker in an SVG figure, exposed as a slider: pointer drags report positions in the
 * SVG's user units (through its screen matrix, so a scaled viewBox still lines up) and arrow keys go to
 * `onKey`. The figure owns the value; this only turns gestures into calls.
 */
export function SvgDragHandle(p: SvgDragHandleProps) {
  const dragging = useRef<number | null>(null);
  const toUser = (e: PointerEvent<SVGGElement>) => {
    const svg = e.currentTarget.ownerSVGElement;
    const m = svg?.getScreenCTM();
    if (!m) return undefined;
    return new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
  };
  const onPointerDown = (e: PointerEvent<SVGGElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.focus({ preventScroll: true });
    e.currentTarget.setPointerCapture(e.pointerId);
    dragging.current = e.pointerId;
  };
  const onPointerMove = (e: PointerEvent<SVGGElement>) => {
    if (dragging.current !== e.pointerId) return;
    const u = toUser(e);
    if (u) p.onDrag(u.x, u.y);
  };
  const end = (e: PointerEvent<SVGGElement>) => {
    if (dragging.current !== e.pointerId) return;
    dragging.current = null;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
  };
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    if (p.onKey(e.key, e.shiftKey)) e.preventDefault();
  };
  return (
    <g
      className={`lesson-handle${p.className ? ` ${p.className}` : ''}`}
      transform={`translate(${p.cx},${p.cy})`}
      // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- SVG has no <input>; a <g> plays the slider
      role="slider"
      tabIndex={0}
      aria-roledescription={p.roleDescription}
      aria-label={p.label}
      aria-valuenow={p.valueNow}
      aria-valuemin={p.valueMin}
      aria-valuemax={p.valueMax}
      aria-valuetext={p.valueText}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={end}
      onPointerCancel={end}
      onLostPointerCapture={end}
      onKeyDown={onKeyDown}
    >
      <circle className="lesson-handle-hit" r={16} />
      <circle className="lesson-handle-focus" r={11} />
      {p.children}
    </g>
  );
}
