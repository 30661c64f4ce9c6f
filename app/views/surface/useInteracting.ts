import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * True while something is being dragged or a slider is moving, and for `settleMs` after the last
 * move: surfaces that change meanwhile are computed on a coarse grid and refined once it settles.
 */
export function useInteracting(settleMs = 250) {
  const [active, setActive] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const touch = useCallback(
    (phase: 'drag' | 'end' = 'drag') => {
      if (timer.current) clearTimeout(timer.current);
      if (phase === 'end') {
        setActive(false);
        return;
      }
      setActive(true);
      timer.current = setTimeout(() => setActive(false), settleMs);
    },
    [settleMs],
  );
  useEffect(() => () => clearTimeout(timer.current), []);
  return [active, touch] as const;
}
