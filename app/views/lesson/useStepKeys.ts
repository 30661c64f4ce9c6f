import { useEffect, useRef } from 'react';

/** Keys that step forward and back: arrows, and the PageDown/PageUp that presentation clickers send. */
const NEXT = new Set(['ArrowRight', 'PageDown']);
const PREV = new Set(['ArrowLeft', 'PageUp']);

/** Where these keys already mean something: typing, sliders, radio groups, spin buttons, editable text. */
const OWN_KEYS = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="slider"], [role="radiogroup"], [role="radio"], [role="spinbutton"], [role="tablist"], [role="listbox"]';

/** Whether a key press aimed at `target` is free to step the lesson. */
export function keyIsFree(target: EventTarget | null): boolean {
  return !(target instanceof Element && target.closest(OWN_KEYS));
}

/** → / PageDown to the next step, ← / PageUp to the previous one, unless focus is in a control that uses them. */
export function useStepKeys(step: number, count: number, go: (step: number) => void): void {
  const latest = useRef({ step, count, go });
  useEffect(() => {
    latest.current = { step, count, go };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || !keyIsFree(e.target)) return;
      const { step: s, count: n, go: to } = latest.current;
      const next = NEXT.has(e.key) ? s + 1 : PREV.has(e.key) ? s - 1 : s;
      if (next === s || next < 1 || next > n) return;
      e.preventDefault();
      to(next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
