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
    // ResizeObserver calls back after layout, so reading scrollWidth there forces no extra layout
    // (watch below also reads it directly: on mount, when KaTeX replaces the content, when fonts arrive).
    // The content grows without the box changing when KaTeX's web fonts arrive: watch both, and
    // re-observe when KaTeX replaces the content (observe() always reports once).
    const resize = new ResizeObserver(check);
    const watch = () => {
      resize.disconnect();
      resize.observe(el);
      if (el.firstElementChild) resize.observe(el.firstElementChild);
      // A ResizeObserver says nothing about a box the browser skips (content-visibility: auto, off
      // screen), yet its overflow decides whether the tab order includes it: ask directly.
      check();
    };
    watch();
    const content = new MutationObserver(watch);
    content.observe(el, { childList: true });
    // Inside a panel with content-visibility: auto, a formula off screen is not laid out, and coming
    // into view it may overflow without its box changing size: check again whenever it is shown.
    const shown = typeof IntersectionObserver === 'undefined' ? undefined : new IntersectionObserver((entries) => {
      if (entries.at(-1)?.isIntersecting) check();
    });
    shown?.observe(el);
    let live = true;
    void document.fonts?.ready.then(() => live && watch());
    return () => {
      live = false;
      resize.disconnect();
      content.disconnect();
      shown?.disconnect();
    };
  }, []);
  return [ref, overflow];
}
