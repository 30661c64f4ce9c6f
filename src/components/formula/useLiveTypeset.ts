import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Render } from './katexLoader';
import { markedValues, valueOnlyChange } from './liveValues';
import { createNumberBoxes } from './numberBoxes';

/** How long the numbers must rest before a formula is typeset again in full (MathML included). */
const REST_MS = 150;

export interface LiveTypeset {
  /** KaTeX's HTML for `shown`; undefined until KaTeX has loaded. */
  readonly html: string | undefined;
  /** The TeX whose typeset HTML is (or is about to be) in the DOM. */
  readonly shown: string;
  /** Callback ref for the element that holds `html`. */
  readonly ref: (node: HTMLElement | null) => (() => void) | undefined;
}

/**
 * TeX in, typeset HTML out, kept cheap while marked numbers move (a slider dragged). When only they
 * change, their glyphs are rewritten in place in the same frame while the formula is on screen
 * (numberBoxes), and the formula is typeset again once they have rested for REST_MS, which also
 * brings the MathML that screen readers read up to date. Off screen nothing is rewritten; coming
 * into view, the formula is typeset with the latest numbers. The numbers' boxes are made after a
 * typeset formula has been painted, so a drag's first frame has nothing to measure.
 *
 * `render` must keep its identity while KaTeX stays loaded (it is the loader's function).
 */
export function useLiveTypeset(tex: string, display: boolean, render: Render | undefined): LiveTypeset {
  const [shown, setShown] = useState(tex);
  const live = useMemo(() => (render ? valueOnlyChange(shown, tex) : undefined), [render, shown, tex]);
  if (!live && shown !== tex) setShown(tex);
  const html = useMemo(() => render?.(shown, display), [render, shown, display]);
  const [boxes] = useState(createNumberBoxes);

  const el = useRef<HTMLElement | null>(null);
  const inView = useRef(true);
  const latest = useRef(tex);
  useLayoutEffect(() => {
    latest.current = tex;
  });
  const boxLater = useRef(() => {});
  const ref = useCallback(
    (node: HTMLElement | null) => {
      el.current = node;
      if (!node) return undefined;
      let cancel = () => {};
      boxLater.current = () => {
        cancel();
        cancel = afterPaint(() => {
          if (node.isConnected && inView.current && (node.checkVisibility?.({ contentVisibilityAuto: true }) ?? true)) boxes.boxAll(node);
        });
      };
      if (typeof IntersectionObserver === 'undefined') return () => cancel();
      const io = new IntersectionObserver((entries) => {
        const visible = entries.at(-1)?.isIntersecting ?? true;
        if (visible && !inView.current) setShown(latest.current);
        inView.current = visible;
        if (visible) boxLater.current();
      });
      io.observe(node);
      return () => {
        io.disconnect();
        cancel();
      };
    },
    [boxes],
  );
  useEffect(() => {
    if (html !== undefined) boxLater.current();
  }, [html]);

  // The typeset HTML into which numbers other than its own have been written, if any.
  const written = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    if (!live) {
      // The numbers came back to the typeset ones before resting (a key pressed and undone within
      // REST_MS): nothing is typeset again, so the typeset numbers are written back.
      const values = written.current !== undefined && written.current === html ? markedValues(shown) : undefined;
      if (values && el.current) boxes.write(el.current, values);
      written.current = undefined;
      return undefined;
    }
    // An output of unexpected shape is typeset again at once rather than half patched.
    const patched = inView.current && el.current !== null && boxes.write(el.current, live);
    if (patched) written.current = html;
    const wrote = !inView.current || patched;
    const t = setTimeout(() => setShown(tex), wrote ? REST_MS : 0);
    return () => clearTimeout(t);
  }, [live, tex, shown, html, boxes]);

  return { html, shown, ref };
}

/** Runs `fn` in a task after the next frame has painted; returns a function that cancels it. */
function afterPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
