import { useSyncExternalStore } from 'react';

/** Calls back when the device pixel ratio changes (browser zoom, a window moved to another screen). */
function subscribe(onChange: () => void): () => void {
  if (typeof matchMedia === 'undefined') return () => {};
  let query: MediaQueryList | undefined;
  const watch = () => {
    query?.removeEventListener('change', changed);
    query = matchMedia(`(resolution: ${devicePixelRatio}dppx)`);
    query.addEventListener('change', changed);
  };
  const changed = () => {
    watch();
    onChange();
  };
  watch();
  return () => query?.removeEventListener('change', changed);
}

const read = () => (typeof devicePixelRatio === 'number' && devicePixelRatio > 0 ? devicePixelRatio : 1);

/** The device pixel ratio, kept current: a canvas sized by it stays sharp. 1 when rendered on a server. */
export function useDevicePixelRatio(): number {
  return useSyncExternalStore(subscribe, read, () => 1);
}
