import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Makes the `box` element a layout boundary around its `content`: size and layout containment, at
 * the height the content has, kept by a ResizeObserver. A text change inside (a readout cell during a
 * drag) then lays out the box alone instead of the page around it. Blink cannot lay out a box on its
 * own unless its size is fixed by CSS, and without this a readout number sent the whole explorer grid,
 * formulas included, through layout and pre-paint every frame (about 1 ms a slider frame at
 * 1280×1400). ResizeObserver reports after layout and before paint, so a box whose content grows or
 * shrinks (a row added, a name that wraps) takes the new height in the same frame.
 *
 * Until the first measurement the box is an ordinary block, so markup rendered without script, and
 * a browser without ResizeObserver, show everything at its natural size.
 */
export function useHeldHeight<B extends HTMLElement, C extends HTMLElement>(): [RefObject<B | null>, RefObject<C | null>] {
  const box = useRef<B>(null);
  const content = useRef<C>(null);
  useLayoutEffect(() => {
    const b = box.current;
    const c = content.current;
    if (!b || !c || typeof ResizeObserver === 'undefined') return;
    const hold = (height: number) => {
      b.style.height = `${height}px`;
      b.style.contain = 'size layout style';
    };
    hold(c.getBoundingClientRect().height);
    const observer = new ResizeObserver(([entry]) => {
      const size = entry?.borderBoxSize?.[0];
      hold(size ? size.blockSize : c.getBoundingClientRect().height);
    });
    observer.observe(c);
    return () => {
      observer.disconnect();
      b.style.height = '';
      b.style.contain = '';
    };
  }, []);
  return [box, content];
}
