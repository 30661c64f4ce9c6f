import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import './formula.css';
import { useKatex } from './useKatex';
import { boxValues, markedValues, valueOnlyChange, withoutMarks, writeValues } from './liveValues';
import { useOverflowX } from './useOverflowX';

/** How long the numbers must rest before a formula is typeset again in full (MathML included). */
const REST_MS = 150;

export interface FormulaProps {
  /** TeX source. Numbers marked with `\htmlData{v=name}{…}` (tex.ts, markValues) update in place. */
  readonly tex: string;
  readonly display?: boolean;
  /** What the formula is, read when it is wide enough to scroll and so takes keyboard focus. */
  readonly label?: string;
}

/**
 * Typesets TeX with KaTeX (display: a block; otherwise an inline span). Until KaTeX has loaded the TeX source shows as code; a TeX error
 * renders as a visible message in place of the formula, never as a blank or a crash. A display
 * formula wider than its box scrolls sideways and then becomes focusable, so arrow keys scroll it.
 *
 * When only marked numbers change (a slider moving), their glyphs are rewritten in place in the same
 * frame (when the formula is on screen), and the formula is typeset again once they have rested for
 * REST_MS, which also brings the MathML that screen readers read up to date.
 */
export const Formula = memo(function Formula({ tex, display = true, label }: FormulaProps) {
  const render = useKatex();
  // The TeX whose typeset HTML is in the DOM.
  const [shown, setShown] = useState(tex);
  const live = useMemo(() => (render ? valueOnlyChange(shown, tex) : undefined), [render, shown, tex]);
  if (!live && shown !== tex) setShown(tex);
  const html = useMemo(() => render?.(shown, display), [render, shown, display]);

  const el = useRef<HTMLElement | null>(null);
  // Whether the formula is on screen: off screen, moving numbers are not rewritten (nobody sees them);
  // coming into view, it is typeset with the latest ones.
  const inView = useRef(true);
  const latest = useRef(tex);
  useLayoutEffect(() => {
    latest.current = tex;
  });
  // The numbers' boxes (liveValues) are made after the typeset output has been painted, while the
  // formula is on screen, so that a drag's first frame has nothing to measure.
  const boxLater = useRef(() => {});
  const watch = useCallback((node: HTMLElement | null) => {
    el.current = node;
    if (!node) return undefined;
    let cancel = () => {};
    boxLater.current = () => {
      cancel();
      cancel = afterPaint(() => {
        if (node.isConnected && inView.current && (node.checkVisibility?.({ contentVisibilityAuto: true }) ?? true)) boxValues(node);
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
  }, []);
  useEffect(() => {
    if (html !== undefined) boxLater.current();
  }, [html]);
  const [overflowRef, overflow] = useOverflowX<HTMLDivElement>();
  const box = useCallback(
    (node: HTMLDivElement | null) => {
      const unwatch = watch(node);
      const unoverflow = overflowRef(node);
      return () => {
        unwatch?.();
        unoverflow?.();
      };
    },
    [watch, overflowRef],
  );

  // The typeset HTML into which numbers other than its own have been written, if any.
  const written = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    if (!live) {
      // The numbers came back to the typeset ones before resting (a key pressed and undone within
      // REST_MS): nothing is typeset again, so the typeset numbers are written back.
      const values = written.current !== undefined && written.current === html ? markedValues(shown) : undefined;
      if (values && el.current) writeValues(el.current, values);
      written.current = undefined;
      return undefined;
    }
    // An output of unexpected shape is typeset again at once rather than half patched.
    const patched = inView.current && el.current !== null && writeValues(el.current, live);
    if (patched) written.current = html;
    const wrote = !inView.current || patched;
    const t = setTimeout(() => setShown(tex), wrote ? REST_MS : 0);
    return () => clearTimeout(t);
  }, [live, tex, shown, html]);

  if (html === undefined) {
    return <code className="formula formula-pending">{withoutMarks(tex)}</code>;
  }
  if (!display) {
    // Inline: a span, so it can sit inside a label or a sentence.
    return <span ref={watch} className="formula formula-inline" data-tex={shown} dangerouslySetInnerHTML={{ __html: html }} />;
  }
  return (
    <div
      ref={box}
      className="formula"
      data-tex={shown}
      {...(overflow ? { tabIndex: 0, role: 'group', 'aria-label': label ?? 'formula (scrolls sideways)' } : {})}
      // KaTeX's output from our own TeX strings; only \htmlData is trusted (see katexModule).
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
});

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
