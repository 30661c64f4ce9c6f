import { useEffect, useMemo, useState } from 'react';
import { descend, WEIGHT_AXES, type Descent, type ModelKind, type ObjectivePoint } from '../../../src/math/surface';
import type { SurfaceState } from '../../state/surfaceState';

type Objective = (u: number, v: number) => ObjectivePoint | undefined;

/** No start chosen: one stable empty list, so a moving slider does not reset anything. */
const NO_RUNS: readonly (Descent | undefined)[] = [];

/** Steps revealed per second while the path animates. */
const STEPS_PER_SECOND = 30;

export interface DescentRun {
  readonly runs: readonly (Descent | undefined)[];
  /** How many steps of each path are shown. */
  readonly shown: number;
  readonly total: number;
  readonly playing: boolean;
  play(): void;
  pause(): void;
  step(): void;
  reset(): void;
}

/** Gradient descent from the chosen start on each surface's objective, animated step by step. */
export function useDescent(s: SurfaceState, kind: ModelKind, objectives: readonly Objective[]): DescentRun {
  const { start, method, lr, steps, momentum, max_norm: maxNorm } = s;
  const runs = useMemo(
    () =>
      !start
        ? NO_RUNS
        : objectives.map((f) => {
            const objective = (u: number, v: number) => f(u, v) ?? { value: NaN, du: NaN, dv: NaN };
            return descend({ objective, start, method, lr, steps, momentum, maxNorm, weightAxes: WEIGHT_AXES[kind] });
          }),
    [objectives, start, method, lr, steps, momentum, maxNorm, kind],
  );
  const total = Math.max(0, ...runs.map((r) => (r ? r.path.length - 1 : 0)));
  const [shown, setShown] = useState(0);
  const [playing, setPlaying] = useState(Boolean(start));

  // A new start or new settings replay from the first step (state reset during render, React's
  // pattern for "reset when a prop changes").
  const [seen, setSeen] = useState(runs);
  if (seen !== runs) {
    setSeen(runs);
    setShown(0);
    setPlaying(Boolean(start));
  }

  useEffect(() => {
    if (!playing) return undefined;
    let raf = 0;
    let t0: number | undefined;
    let from = 0;
    const tick = (t: number) => {
      t0 ??= t;
      setShown((k) => {
        from ||= k;
        const next = Math.min(total, from + Math.floor(((t - t0!) / 1000) * STEPS_PER_SECOND));
        if (next >= total) setPlaying(false);
        return next;
      });
      raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [playing, total]);

  return {
    runs,
    shown: Math.min(shown, total),
    total,
    playing,
    play: () => {
      if (shown >= total) setShown(0);
      setPlaying(true);
    },
    pause: () => setPlaying(false),
    step: () => {
      setPlaying(false);
      setShown((k) => Math.min(total, k + 1));
    },
    reset: () => {
      setPlaying(false);
      setShown(0);
    },
  };
}
