import { create } from 'zustand';
import type { Computed, EngineStatus } from './engine';

export interface LastFrame {
  readonly backend: Computed['backend'];
  readonly ms: number;
  readonly size: number;
  readonly reason?: string;
}

/** The engine's state and the last computed surface: only the badge listens, so a new frame re-renders nothing else. */
export const useBadge = create<{ status: EngineStatus; last?: LastFrame; frames: number }>()(() => ({ status: { backend: 'starting' }, frames: 0 }));

export function reportStatus(status: EngineStatus) {
  useBadge.setState({ status });
}

export function reportFrame(c: Computed) {
  useBadge.setState((b) => ({ last: { backend: c.backend, ms: c.ms, size: c.result.size, reason: c.reason }, frames: b.frames + 1 }));
}
