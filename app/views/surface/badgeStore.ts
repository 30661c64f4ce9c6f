import { create } from 'zustand';
import type { Computed, EngineStatus } from './engine';

export interface LastFrame {
  readonly backend: Computed['backend'];
  readonly ms: number;
  readonly size: number;
  readonly reason?: string;
  readonly note?: string;
}

interface BadgeState {
  readonly status: EngineStatus;
  readonly last?: LastFrame;
  readonly frames: number;
  /** When the badge's words last changed (performance.now()), and the timer that will show the latest frame. */
  readonly shownAt: number;
  readonly trailing?: ReturnType<typeof setTimeout>;
}

/**
 * The engine's state, the last computed surface shown and a count of computed surfaces: only the badge
 * listens, so a new frame re-renders nothing else.
 */
export const useBadge = create<BadgeState>()(() => ({ status: { backend: 'starting' }, frames: 0, shownAt: -Infinity }));

/**
 * While frames stream in (a drag), the badge's words change at most this often; a change of backend or of
 * the reason shows at once, and the last frame's figures always land. Text changing every frame is noise for
 * a screen reader (the badge is a status) and, far from the surface, widens what the browser repaints.
 */
const SHOW_MS = 250;

export function reportStatus(status: EngineStatus) {
  useBadge.setState({ status });
}

/** Counts a computed surface (data-frames, every frame) and shows its backend and time (see SHOW_MS). */
export function reportFrame(c: Computed) {
  const frame: LastFrame = { backend: c.backend, ms: c.ms, size: c.result.size, reason: c.reason, note: c.note };
  const { last: shown, shownAt, trailing } = useBadge.getState();
  const now = performance.now();
  clearTimeout(trailing);
  if (!shown || shown.backend !== frame.backend || shown.reason !== frame.reason || now - shownAt >= SHOW_MS) {
    useBadge.setState((b) => ({ last: frame, frames: b.frames + 1, shownAt: now, trailing: undefined }));
    return;
  }
  const later = setTimeout(() => useBadge.setState({ last: frame, shownAt: performance.now(), trailing: undefined }), SHOW_MS - (now - shownAt));
  useBadge.setState((b) => ({ frames: b.frames + 1, trailing: later }));
}
