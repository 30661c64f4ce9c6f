import { useCallback, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useApp, useDisplay } from '../state/store';
import { controlsOf, shows } from './controls';

/**
 * Which of the current view's controls are on screen: all of them outside an embed; in an embed, those
 * `controls=` names, or the view's default set (controls.ts). A hidden control keeps its value.
 */
export function useShown(): (name: string) => boolean {
  const display = useDisplay();
  const view = useApp((s) => s.route.view);
  const ids = useApp(useShallow((s) => s.explorer.ids));
  const unlinked = useApp(useShallow((s) => s.explorer.unlinked));
  const losses = useApp(useShallow((s) => s.surface.losses));
  const list = useMemo(() => controlsOf(view, { explorer: { ids, unlinked }, surface: { losses } }), [view, ids, unlinked, losses]);
  return useCallback((name: string) => shows(list, display, name), [list, display]);
}
