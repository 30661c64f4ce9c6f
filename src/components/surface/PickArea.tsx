import { useRef, type PointerEvent, type RefObject } from 'react';
import type { Grid } from '../../math/surface/types';
import { pixelToWeights, type SurfaceFrame, type UV } from './frame';

interface PickAreaProps {
  readonly areaRef: RefObject<SVGRectElement | null>;
  readonly frame: SurfaceFrame;
  readonly grid: Grid;
  readonly onPick?: (p: UV) => void;
}

/** How far (px) a press may travel and still count as a click. */
const CLICK_SLOP = 5;

/**
 * The plot area's transparent hit rectangle. A press released where it started (a click or tap, not a drag) calls onPick with the weights under the
 * pointer. Keyboard users pick through the weights point (Enter), so this rectangle itself is not focusable.
 */
export function PickArea({ areaRef, frame, grid, onPick }: PickAreaProps) {
  const down = useRef<{ id: number; x: number; y: number } | null>(null);
  const onPointerDown = (e: PointerEvent<SVGRectElement>) => {
    down.current = e.button === 0 ? { id: e.pointerId, x: e.clientX, y: e.clientY } : null;
  };
  const onPointerUp = (e: PointerEvent<SVGRectElement>) => {
    const start = down.current;
    down.current = null;
    if (!onPick || !start || start.id !== e.pointerId) return;
    if (Math.hypot(e.clientX - start.x, e.clientY - start.y) > CLICK_SLOP) return;
    const box = e.currentTarget.getBoundingClientRect();
    const sx = box.width > 0 ? frame.side / box.width : 1;
    const sy = box.height > 0 ? frame.side / box.height : 1;
    onPick(pixelToWeights(frame, (e.clientX - box.left) * sx, (e.clientY - box.top) * sy, grid));
  };
  return (
    <rect
      ref={areaRef}
      className={`surface-hit${onPick ? ' pickable' : ''}`}
      width={frame.side}
      height={frame.side}
      fill="transparent"
      aria-hidden="true"
      onPointerDown={onPick ? onPointerDown : undefined}
      onPointerUp={onPick ? onPointerUp : undefined}
      onPointerCancel={onPick ? () => (down.current = null) : undefined}
    />
  );
}
