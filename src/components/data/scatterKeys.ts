/**
 * The data chart's keyboard pattern, as pure functions. The chart is one tab stop (a listbox whose options
 * are the points, with aria-activedescendant naming the chosen one):
 * - ←/→ choose the previous/next point from left to right, ↓/↑ from bottom to top; Home/End the first/last.
 * - Shift+arrows move the chosen point one step (held down it keeps going; releasing the key ends the edit).
 * - Enter or Space grabs it; then arrows move it (Shift: five steps), Enter/Space drops it, Escape puts it
 *   back where it was grabbed. Tabbing away drops it.
 * - Delete or Backspace removes it; Escape (nothing grabbed) clears the choice.
 */
import { tickStep } from 'd3-array';

export type KeyCommand =
  | { readonly type: 'choose'; readonly axis: 'x' | 'y'; readonly delta: 1 | -1 }
  | { readonly type: 'first' | 'last' | 'grab' | 'drop' | 'cancel' | 'delete' | 'deselect' }
  | { readonly type: 'move'; readonly dx: number; readonly dy: number; readonly quick: boolean };

export interface KeyInput {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

const ARROWS: Readonly<Record<string, readonly [axis: 'x' | 'y', delta: 1 | -1]>> = {
  ArrowLeft: ['x', -1],
  ArrowRight: ['x', 1],
  ArrowDown: ['y', -1],
  ArrowUp: ['y', 1],
};

/**
 * The command for a key press, or undefined to leave the key to the browser. `grabbed`: a point is held;
 * `editable`: the chart may change the data; `chosen`: a point is chosen.
 */
export function keyCommand(e: KeyInput, s: { grabbed: boolean; editable: boolean; chosen: boolean }): KeyCommand | undefined {
  if (e.ctrlKey || e.metaKey || e.altKey) return undefined;
  const arrow = ARROWS[e.key];
  if (arrow) {
    const [axis, delta] = arrow;
    const moving = s.grabbed || (e.shiftKey && s.editable && s.chosen);
    if (!moving) return { type: 'choose', axis, delta };
    const steps = s.grabbed && e.shiftKey ? 5 : 1;
    return { type: 'move', dx: axis === 'x' ? delta * steps : 0, dy: axis === 'y' ? delta * steps : 0, quick: !s.grabbed };
  }
  switch (e.key) {
    case 'Home':
      return s.grabbed ? undefined : { type: 'first' };
    case 'End':
      return s.grabbed ? undefined : { type: 'last' };
    case 'Enter':
    case ' ':
      if (s.grabbed) return { type: 'drop' };
      return s.editable && s.chosen ? { type: 'grab' } : undefined;
    case 'Escape':
      if (s.grabbed) return { type: 'cancel' };
      return s.chosen ? { type: 'deselect' } : undefined;
    case 'Delete':
    case 'Backspace':
      return s.editable && s.chosen ? { type: 'delete' } : undefined;
    default:
      return undefined;
  }
}

/** One keyboard step along an axis of the window: d3's nice tick step for about 40 steps across its span. */
export function keyStep(span: number): number {
  return span > 0 && Number.isFinite(span) ? tickStep(0, span, 40) : 0.1;
}
