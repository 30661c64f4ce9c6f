import { useEffect, useRef } from 'react';
import { typing } from './useDisplayMode';

export interface PresentKeys {
  readonly fullscreen: () => void;
  readonly exit: () => void;
}

/**
 * In presenter mode: `F` toggles full screen; Escape leaves presenting. In full screen the browser
 * itself takes Escape to leave full screen first (the page may not even see the key), so Escape only
 * leaves presenting when the page is not in full screen.
 */
export function usePresentKeys(keys: PresentKeys): void {
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || typing(e.target)) return;
      // A dialog takes its own Escape.
      if (e.target instanceof Element && e.target.closest('dialog')) return;
      if (e.key === 'f' || e.key === 'F') {
        e.preventDefault();
        latest.current.fullscreen();
      } else if (e.key === 'Escape' && !document.fullscreenElement) {
        e.preventDefault();
        latest.current.exit();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
