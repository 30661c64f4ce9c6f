import { useCallback, useState } from 'react';

/**
 * Whether an element's content is wider than the element (so it scrolls sideways). Returns a
 * callback ref; the answer is rechecked when the element resizes or its children are replaced
 * (as KaTeX output is). A scrolling region must be reachable by keyboard, so callers make it
 * focusable only while this is true.
 */
export function useOverflowX<T extends HTMLElement>(): [(el: T | null) => (() => void) | undefined, boolean] {
  const [overflow, setOverflow] = useState(false);
  const ref = useCallback((el: T | null) => {
    if (!el) return undefined;
    const check = () => setOverflow(el.scrollWidth > el.clientWidth);
    if (typeof ResizeObserver === 'undefined') {
      check();
      return undefined;
    }
    // ResizeObserver calls back after layout, so reading scrollWidth there forces no extra layout.
    // The content grows without the box changing when KaTeX's web fonts arrive: watch both, and
    // re-observe when KaTeX replaces the content (observe() always reports once).
    const resize = new ResizeObserver(check);
    const watch = () => {
      resize.disconnect();
      resize.observe(el);
      if (el.firstElementChild) resize.observe(el.firstElementChild);
    };
    watch();
    const content = new MutationObserver(watch);
    content.observe(el, { childList: true });
    let live = true;
    void document.fonts?.ready.then(() => live && watch());
    return () => {
      live = false;
      resize.disconnect();
      content.disconnect();
    };
  }, []);
  return [ref, overflow];
}
