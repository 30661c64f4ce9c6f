import { useEffect, useState } from 'react';
import { useDisplay } from '../state/store';

/**
 * In presenter mode, the height a figure may take so that it and its controls fit the window: the
 * window's height less `reserved` px (the bar, the legend, a row of controls). Undefined outside
 * presenter mode, where figures size from their width.
 */
export function useFitHeight(reserved: number): number | undefined {
  const present = useDisplay().mode === 'present';
  const [height, setHeight] = useState(() => (typeof window === 'undefined' ? 768 : window.innerHeight));
  useEffect(() => {
    if (!present) return undefined;
    const resize = () => setHeight(window.innerHeight);
    resize();
    window.addEventListener('resize', resize);
    return () => window.removeEventListener('resize', resize);
  }, [present]);
  return present ? Math.max(240, height - reserved) : undefined;
}
