import { useEffect, useRef, useState } from 'react';

/**
 * `value`, but changing at most once per `ms` while it keeps changing (leading and trailing
 * edge: the first change and the final value always come through). Used where rendering is
 * costly and a few updates per second read as live, e.g. typeset formulas during a slider drag.
 */
export function useThrottledValue<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    const wait = last.current + ms - performance.now();
    if (wait <= 0) {
      last.current = performance.now();
      setShown(value);
      return undefined;
    }
    const t = setTimeout(() => {
      last.current = performance.now();
      setShown(value);
    }, wait);
    return () => clearTimeout(t);
  }, [value, ms]);
  return shown;
}
