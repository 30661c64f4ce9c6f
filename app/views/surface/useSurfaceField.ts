import { useEffect, useRef, useState } from 'react';
import type { SurfaceRequest } from '../../../src/math/surface';
import type { Computed, SurfaceEngine } from './engine';

export interface FieldState {
  readonly computed?: Computed;
  readonly error?: string;
}

/**
 * The latest surface for `req`. While a GPU or worker computation runs, newer requests wait in a
 * single slot (each replaces the last), so dragging never queues stale work. Cheap inline previews
 * skip the queue, and a result older than the one on screen is dropped.
 */
export function useSurfaceField(engine: SurfaceEngine | undefined, req: SurfaceRequest | undefined): FieldState {
  const [state, setState] = useState<FieldState>({});
  const busy = useRef(false);
  const waiting = useRef<{ req: SurfaceRequest; seq: number } | undefined>(undefined);
  const seq = useRef({ next: 1, shown: 0 });
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  useEffect(() => {
    if (!engine || !req) return;
    const job = { req, seq: seq.current.next++ };
    const apply = async (j: { req: SurfaceRequest; seq: number }) => {
      try {
        const computed = await engine.compute(j.req);
        if (alive.current && j.seq > seq.current.shown) {
          seq.current.shown = j.seq;
          setState({ computed });
        }
      } catch (e) {
        if (alive.current) setState((s) => ({ ...s, error: e instanceof Error ? e.message : String(e) }));
      }
    };
    if (engine.isInline(req)) {
      void apply(job);
      return;
    }
    waiting.current = job;
    if (busy.current) return;
    const drain = async () => {
      busy.current = true;
      while (waiting.current) {
        const next = waiting.current;
        waiting.current = undefined;
        await apply(next);
      }
      busy.current = false;
    };
    void drain();
  }, [engine, req]);
  return state;
}
