import { useRef, type PointerEvent } from 'react';
import { MAX_POINTS } from '../../math/surface/datasets';
import { addPoint, movePoint } from '../../math/surface/edits';
import type { Dataset } from '../../math/surface/types';
import { pointName } from './classStyle';
import { HIT_RADIUS, nearestPoint } from './hitTest';
import { insidePlot, MARGINS, toData, type Domain, type ScatterFrame } from './scatterFrame';
import type { EditPhase } from './useScatterKeyboard';

interface Options {
  readonly dataset: Dataset;
  readonly frame: ScatterFrame;
  readonly domain: Domain;
  readonly pixels: { readonly px: Float64Array; readonly py: Float64Array };
  /** False while the data cannot be drawn (bad data): the pointer does nothing. */
  readonly active: boolean;
  readonly select: (i: number | undefined) => void;
  readonly onChange: ((next: Dataset, phase: EditPhase) => void) | undefined;
  /** Label of points added by a click (classification). */
  readonly addLabel: number | undefined;
  readonly freeze: (d: Domain | null) => void;
  readonly announce: (text: string) => void;
}

interface Press {
  readonly pointerId: number;
  /** The point pressed on; undefined for empty space. */
  readonly index: number | undefined;
  readonly startX: number;
  readonly startY: number;
  /** Pointer minus the point's centre (px), so a dragged point does not jump under the pointer. */
  readonly offsetX: number;
  readonly offsetY: number;
  dragging: boolean;
}

/** Pixels a press must travel before it is a drag rather than a click. */
const DRAG_SLOP = 3;

/**
 * Pointer behaviour of the data chart: press on a point chooses it, dragging moves it (pointer capture, the
 * window stays still meanwhile; onChange 'drag' while moving, 'end' on release), a click on empty space adds a
 * point there. Handlers go on the <svg>; hits are found by distance, not by DOM targets.
 */
export function useScatterPointer(o: Options) {
  const press = useRef<Press | null>(null);

  const plotXY = (e: PointerEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return [e.clientX - box.left - MARGINS.left, e.clientY - box.top - MARGINS.top] as const;
  };
  const dragTo = (p: Press, x: number, y: number) => toData(o.frame, x - p.offsetX, y - p.offsetY);

  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0 || !o.active) return;
    const [x, y] = plotXY(e);
    if (!insidePlot(o.frame, x, y, HIT_RADIUS / 2)) return;
    const index = nearestPoint(o.pixels.px, o.pixels.py, x, y);
    if (index !== undefined) o.select(index);
    e.currentTarget.setPointerCapture(e.pointerId);
    const offsetX = index === undefined ? 0 : x - o.pixels.px[index]!;
    const offsetY = index === undefined ? 0 : y - o.pixels.py[index]!;
    press.current = { pointerId: e.pointerId, index, startX: x, startY: y, offsetX, offsetY, dragging: false };
  };

  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const p = press.current;
    if (!p || p.pointerId !== e.pointerId || p.index === undefined || !o.onChange) return;
    const [x, y] = plotXY(e);
    if (!p.dragging && Math.hypot(x - p.startX, y - p.startY) < DRAG_SLOP) return;
    if (!p.dragging) o.freeze(o.domain);
    p.dragging = true;
    o.onChange(movePoint(o.dataset, p.index, dragTo(p, x, y)), 'drag');
  };

  const finish = (e: PointerEvent<SVGSVGElement>, cancelled: boolean) => {
    const p = press.current;
    if (!p || p.pointerId !== e.pointerId) return;
    press.current = null;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
    const [x, y] = plotXY(e);
    if (p.dragging && p.index !== undefined) {
      const next = cancelled ? o.dataset : movePoint(o.dataset, p.index, dragTo(p, x, y));
      o.onChange?.(next, 'end');
      o.freeze(null);
      o.announce(pointName(next, p.index));
    } else if (!cancelled && p.index === undefined && o.onChange && o.dataset.n < MAX_POINTS) {
      const next = addPoint(o.dataset, toData(o.frame, x, y), o.addLabel);
      o.onChange(next, 'end');
      o.select(next.n - 1);
      o.announce(`Added ${pointName(next, next.n - 1)}`);
    }
  };

  return {
    onPointerDown,
    onPointerMove,
    onPointerUp: (e: PointerEvent<SVGSVGElement>) => finish(e, false),
    onPointerCancel: (e: PointerEvent<SVGSVGElement>) => finish(e, true),
  };
}
