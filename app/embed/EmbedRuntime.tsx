import { useEffect, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { APP_DISPLAY } from '../state/display';
import { useApp, type AppState } from '../state/store';
import { queryOf } from '../state/urlSync';
import { controlsOf, unknownControlsNotice } from './controls';
import { startFrameBridge } from './frameBridge';

/** The app's own address of what the embed shows, without `embed` and `controls`. */
function appHref(s: AppState): string {
  return new URL(`${window.location.pathname}${queryOf(s, APP_DISPLAY)}`, window.location.href).href;
}

/**
 * What an embed adds to its view: the names in `controls=` this view lacks, said once as a notice; a link
 * to the same view in the whole app; and, inside a frame, the messages to and from the host page.
 */
export default function EmbedRuntime() {
  const view = useApp((s) => s.route.view);
  const display = useApp((s) => s.route.display);
  const ids = useApp(useShallow((s) => s.explorer.ids));
  const unlinked = useApp(useShallow((s) => s.explorer.unlinked));
  const losses = useApp(useShallow((s) => s.surface.losses));
  const list = useMemo(() => controlsOf(view, { explorer: { ids, unlinked }, surface: { losses } }), [view, ids, unlinked, losses]);
  const notice = unknownControlsNotice(display, list);
  useEffect(() => {
    if (!notice) return;
    const { notices } = useApp.getState();
    if (!notices.items.some((n) => n.text === notice)) notices.notify([notice]);
  }, [notice]);

  useEffect(() => (window.parent !== window ? startFrameBridge(window) : undefined), []);

  // The link follows the view without a render: a drag changes it every frame.
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    const update = (s: AppState) => {
      if (link.current) link.current.href = appHref(s);
    };
    update(useApp.getState());
    return useApp.subscribe((s, prev) => {
      if (s.explorer !== prev.explorer || s.surface !== prev.surface || s.lesson !== prev.lesson || s.route !== prev.route) update(s);
    });
  }, []);
  return (
    <footer className="embed-footer">
      <a ref={link} href="./" target="_blank" rel="noopener">
        Open in Loss Atlas<span className="sr-only"> (opens in a new tab)</span>
      </a>
    </footer>
  );
}
