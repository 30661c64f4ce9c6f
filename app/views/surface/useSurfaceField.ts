import { useEffect, useMemo, useRef, useState } from 'react';
import type { SurfaceRequest } from '../../../src/math/surface';
import type { Computed, SurfaceEngine } from './engine';

export interface FieldState {
  readonly computed?: Computed;
  readonly error?: string;
}

/**
 * The surface for `req`. A request whose data term the engine already has (λ or the penalty moved) and
 * cheap previews (coarse grids while dragging) are answered synchronously during render, so the new
 * picture lands in the same frame as the input. Full grids go to the GPU
 * or the worker: while one runs, newer requests wait in a single slot (each replaces the last), and
 * until the result for the current request arrives the last picture stays on screen.
 */
export function useSurfaceField(engine: SurfaceEngine | undefined, req: SurfaceRequest | undefined): FieldState {
  // Synchronous answers: the data term is at hand (only the regularizer changed), or the grid is cheap.
  const inlineNow = useMemo(
    () => (engine && req ? (engine.cached(req) ?? (engine.isInline(req) ? engine.computeInline(req) : undefined)) : undefined),
    [engine, req],
  );
  const [late, setLate] = useState<{ forReq?: SurfaceRequest; computed?: Computed; error?: string }>({});
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
    if (!engine || !req || inlineNow) return;
    waiting.current = req;
    if (busy.current) return;
    const drain = async () => {
      busy.current = true;
      while (waiting.current) {
        const next = waiting.current;
        waiting.current = undefined;
        try {
          const computed = await engine.compute(next);
          if (alive.current) setLate({ forReq: next, computed });
        } catch (e) {
          if (alive.current) setLate({ forReq: next, error: e instanceof Error ? e.message : String(e) });
        }
      }
      busy.current = false;
    };
    void drain();
  }, [engine, req, inlineNow]);

  const current = inlineNow ?? (late.forReq === req ? late.computed : undefined);
  // The last picture shown, kept while the current request is still being computed.
  const [held, setHeld] = useState<Computed | undefined>(undefined);
  if (current && current !== held) setHeld(current);
  return { computed: current ?? held, error: late.forReq === req ? late.error : undefined };
}
