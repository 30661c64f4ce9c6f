import { useEffect } from 'react';
import { useApp, useDisplay } from '../state/store';
import type { DisplayMode } from '../state/display';

/** Keys typed into these are text, not commands. */
export function typing(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false;
  if (t.isContentEditable) return true;
  if (t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement) return true;
  return t instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range'].includes(t.type);
}

/** Turns presenter mode on or off, keeping the embed's chosen controls. */
export function togglePresent(): void {
  const { route } = useApp.getState();
  if (route.display.mode === 'embed') return;
  const mode: DisplayMode = route.display.mode === 'present' ? 'app' : 'present';
  route.setDisplay({ ...route.display, mode });
}

/**
 * Marks the document with the display mode (`<html data-display="present">`), which the stylesheets
 * key on, and binds `P` to presenter mode outside text fields.
 */
export function useDisplayMode(): DisplayMode {
  const { mode } = useDisplay();
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.display = mode;
    return () => {
      delete root.dataset.display;
    };
  }, [mode]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || typing(e.target)) return;
      if (e.key === 'p' || e.key === 'P') {
        e.preventDefault();
        togglePresent();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return mode;
}
