import type { ScaleLinear } from 'd3-scale';
import { useEffect, useLayoutEffect, useMemo, useRef, type PointerEvent } from 'react';
import type { PlotPointerHandlers } from './ChartPanel';
import { dragRange, wheelPixels, wheelZoomFactor, zoomAround, type XRange } from './xRange';

interface Options {
  /** The shared x-scale, range [0, inner width]. */
  readonly x: ScaleLinear<number, number>;
  readonly xDomain: XRange;
  readonly onXDomain?: (d: XRange) => void;
  readonly onCursor?: (x: number) => void;
}

interface Drag {
  readonly pointerId: number;
  readonly startClientX: number;
  readonly start: XRange;
  panning: boolean;
}

/** Pixels a press must travel before it counts as a drag rather than a click. */
const DRAG_SLOP = 4;

/**
 * Pointer behaviour of the linked plots: hovering or pressing sets the cursor, dragging pans
 * the x-range (with pointer capture, so it keeps going outside the plot) and the wheel zooms
 * about the pointer (a horizontal wheel or trackpad swipe pans). Returns the handlers for each
 * plot's hit area and a ref for the element that contains the plots (the wheel listener is
 * native because React's wheel listeners are passive and cannot stop the page scrolling).
 */
export function usePlotPointer({ x, xDomain, onXDomain, onCursor }: Options) {
  const containerRef = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag | null>(null);
  const latest = useRef({ x, xDomain, onXDomain });
  useLayoutEffect(() => {
    latest.current = { x, xDomain, onXDomain };
  });

  useEffect(() => {
    const el = containerRef.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      const { x: scale, xDomain: d, onXDomain: set } = latest.current;
      const target = e.target;
      if (!set || !(target instanceof Element) || !target.classList.contains('hit-area')) return;
      e.preventDefault();
      const box = target.getBoundingClientRect();
      const dy = wheelPixels(e.deltaY, e.deltaMode);
      const dx = wheelPixels(e.deltaX, e.deltaMode);
      const next =
        Math.abs(dx) > Math.abs(dy)
          ? dragRange(d, -dx, box.width)
          : zoomAround(d, scale.invert(e.clientX - box.left), wheelZoomFactor(dy));
      if (next) set(next);
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, []);

  const handlers = useMemo<PlotPointerHandlers>(() => {
    const dataX = (e: PointerEvent<SVGRectElement>) => x.invert(e.clientX - e.currentTarget.getBoundingClientRect().left);
    const end = (e: PointerEvent<SVGRectElement>) => {
      if (drag.current?.pointerId !== e.pointerId) return;
      drag.current = null;
      if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
    };
    return {
      onPointerDown: (e) => {
        if (e.button !== 0) return;
        onCursor?.(dataX(e));
        if (!onXDomain) return;
        e.currentTarget.setPointerCapture(e.pointerId);
        drag.current = { pointerId: e.pointerId, startClientX: e.clientX, start: xDomain, panning: false };
      },
      onPointerMove: (e) => {
        const d = drag.current;
        if (d && d.pointerId === e.pointerId && onXDomain) {
          const dx = e.clientX - d.startClientX;
          if (!d.panning && Math.abs(dx) < DRAG_SLOP) return;
          d.panning = true;
          const next = dragRange(d.start, dx, x.range()[1]!);
          if (next) onXDomain(next);
          return;
        }
        onCursor?.(dataX(e));
      },
      onPointerUp: end,
      onPointerCancel: end,
    };
  }, [x, xDomain, onXDomain, onCursor]);

  return { containerRef, handlers };
}
