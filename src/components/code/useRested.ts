import { useEffect, useState } from 'react';

/**
 * `value`, but while it keeps changing (a slider being dragged) the previous one is kept until
 * `value` has stayed the same for `ms`. A change of `key` (another tab, another loss) shows the new
 * value at once. Text that nobody reads mid-drag can follow at rest and spare the page a repaint
 * per frame.
 */
export function useRested(value: string, key: string, ms: number): string {
  const [rested, setRested] = useState({ key, value });
  const stale = rested.key !== key;
  if (stale) setRested({ key, value });
  useEffect(() => {
    if (rested.value === value) return undefined;
    const t = setTimeout(() => setRested({ key, value }), ms);
    return () => clearTimeout(t);
  }, [key, value, rested.value, ms]);
  return stale ? value : rested.value;
}
