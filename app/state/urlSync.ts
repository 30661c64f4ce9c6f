import { decodeView, encodeView } from './urlCodec';
import { useAtlas, viewOf } from './store';
import type { ViewState } from './view';

/** Changes to these fields make a new history entry; everything else replaces the current one. */
function distinct(a: ViewState, b: ViewState): boolean {
  return a.view !== b.view || a.axis !== b.axis || a.ids.join() !== b.ids.join() || a.preset !== b.preset;
}

/** Browsers throttle history calls (~100 per 10 s); a slider drag must not hit that. */
const REPLACE_EVERY_MS = 200;

/**
 * Keeps the address bar and the store in step: opening a link loads it (with notices for what
 * was changed), view changes update the address, back/forward restore the view.
 * Returns a function that stops syncing.
 */
export function startUrlSync(win: Window = window): () => void {
  const { state, notices } = decodeView(win.location.search);
  useAtlas.getState().load(state);
  if (notices.length) useAtlas.getState().notify(notices);
  let last = viewOf(useAtlas.getState());
  win.history.replaceState(null, '', encodeView(last));

  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    const url = encodeView(viewOf(useAtlas.getState()));
    if (url !== win.location.search) win.history.replaceState(null, '', url);
  };
  const unsub = useAtlas.subscribe((s) => {
    const now = viewOf(s);
    if (distinct(now, last)) {
      if (timer) clearTimeout(timer);
      timer = undefined;
      win.history.pushState(null, '', encodeView(now));
    } else if (!timer) {
      timer = setTimeout(flush, REPLACE_EVERY_MS);
    }
    last = now;
  });
  const onPop = () => {
    const { state: popped, notices: n } = decodeView(win.location.search);
    last = popped;
    useAtlas.getState().load(popped);
    if (n.length) useAtlas.getState().notify(n);
  };
  win.addEventListener('popstate', onPop);
  return () => {
    unsub();
    if (timer) clearTimeout(timer);
    win.removeEventListener('popstate', onPop);
  };
}
