import { useEffect, useRef, useState } from 'react';
import type { SurfaceRequest } from '../../../src/math/surface';
import type { Computed, SurfaceEngine } from './engine';

export interface FieldState {
  readonly computed?: Computed;
  readonly error?: string;
}

/**
 * The latest surface for `req`. While one computation runs, newer requests wait in a single slot
 * (each replaces the last), so dragging never queues stale work: the view shows the newest finished
 * surface and the next one starts as soon as the GPU or worker is free.
 */
export function useSurfaceField(engine: SurfaceEngine | undefined, req: SurfaceRequest | undefined): FieldState {
  const [state, setState] = useState<FieldState>({});
  const busy = useRef(false);
  const waiting = useRef<SurfaceRequest | undefined>(undefined);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  useEffect(() => {
    if (!engine || !req) return;
    waiting.current = req;
    if (busy.current) return;
    const run = async () => {
      busy.current = true;
      while (waiting.current) {
        const next = waiting.current;
        waiting.current = undefined;
        try {
          const computed = await engine.compute(next);
          if (alive.current) setState({ computed });
        } catch (e) {
          if (alive.current) setState((s) => ({ ...s, error: e instanceof Error ? e.message : String(e) }));
        }
      }
      busy.current = false;
    };
    void run();
  }, [engine, req]);
  return state;
}
