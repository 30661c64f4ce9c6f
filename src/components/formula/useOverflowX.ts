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
    const check = () => setOverflow(el.scrollWidth > el.clientWidth + 1);
    check();
    const resize = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(check);
    resize?.observe(el);
    const content = new MutationObserver(check);
    content.observe(el, { childList: true });
    return () => {
      resize?.disconnect();
      content.disconnect();
    };
  }, []);
  return [ref, overflow];
}
