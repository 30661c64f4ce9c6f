import { startTransition, useEffect, useState } from 'react';
import { loadKatex } from '../../../src/components/formula/useKatex';

/**
 * False until KaTeX has loaded, failed to, or taken `limitMs` (counted once `start` is true). The
 * formulas wait for it, so they are rendered once, typeset, rather than as TeX source and then
 * again; a KaTeX that fails or is slow leaves them to Formula's own fallback.
 */
export function useKatexSettled(start: boolean, limitMs = 3000): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (!start) return undefined;
    let live = true;
    const done = () => {
      clearTimeout(timer);
      if (live) startTransition(() => setSettled(true));
    };
    const timer = setTimeout(done, limitMs);
    loadKatex().then(done, done);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [start, limitMs]);
  return settled;
}
