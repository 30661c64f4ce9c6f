import { decodeSurface, encodeSurface } from './surfaceCodec';
import { surfaceOf, useSurface } from './surfaceStore';
import { decodeView, encodeView } from './urlCodec';
import { useAtlas, viewOf } from './store';

/** How one view reads and writes the address: decode, encode, and which changes deserve a history entry. */
interface Route<S> {
  decode(search: string): { state: S; notices: string[] };
  encode(s: S): string;
  current(): S;
  load(s: S): void;
  subscribe(cb: () => void): () => void;
  /** Changes to this key make a new history entry; everything else replaces the current one. */
  distinct(s: S): string;
}

const explorer: Route<ReturnType<typeof viewOf>> = {
  decode: (q) => decodeView(q),
  encode: encodeView,
  current: () => viewOf(useAtlas.getState()),
  load: (s) => useAtlas.getState().load(s),
  subscribe: (cb) => useAtlas.subscribe(cb),
  distinct: (s) => [s.view, s.axis, s.ids.join(), s.preset ?? ''].join('|'),
};

const surface: Route<ReturnType<typeof surfaceOf>> = {
  decode: decodeSurface,
  encode: encodeSurface,
  current: () => surfaceOf(useSurface.getState()),
  load: (s) => useSurface.getState().load(s),
  subscribe: (cb) => useSurface.subscribe(cb),
  distinct: (s) => [s.kind, s.data, s.seed, s.losses.join(), s.reg, s.method].join('|'),
};

/**
 * The address follows a stream of changes (a slider drag) once they rest for REPLACE_REST_MS, and at least
 * every REPLACE_MAX_MS meanwhile. Browsers throttle history calls (~100 per 10 s), and each replaceState
 * costs the page and the browser a few milliseconds: at most once a second during a drag keeps both away
 * from the frames, while the link is right as soon as the hand stops.
 */
const REPLACE_REST_MS = 250;
const REPLACE_MAX_MS = 1000;

function sync<S>(route: Route<S>, win: Window): () => void {
  const first = route.decode(win.location.search);
  route.load(first.state);
  if (first.notices.length) useAtlas.getState().notify(first.notices);
  let last = route.distinct(route.current());
  win.history.replaceState(null, '', route.encode(route.current()));

  let timer: ReturnType<typeof setTimeout> | undefined;
  // When the first change not yet in the address was made; undefined when the address is up to date.
  let dirtySince: number | undefined;
  const cancel = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    dirtySince = undefined;
  };
  const flush = () => {
    cancel();
    const url = route.encode(route.current());
    if (url !== win.location.search) win.history.replaceState(null, '', url);
  };
  const unsub = route.subscribe(() => {
    const key = route.distinct(route.current());
    if (key !== last) {
      cancel();
      win.history.pushState(null, '', route.encode(route.current()));
    } else {
      const now = performance.now();
      dirtySince ??= now;
      if (timer) clearTimeout(timer);
      timer = setTimeout(flush, Math.max(0, Math.min(REPLACE_REST_MS, dirtySince + REPLACE_MAX_MS - now)));
    }
    last = key;
  });
  const onPop = () => {
    const popped = route.decode(win.location.search);
    last = route.distinct(popped.state);
    route.load(popped.state);
    if (popped.notices.length) useAtlas.getState().notify(popped.notices);
  };
  win.addEventListener('popstate', onPop);
  return () => {
    unsub();
    cancel();
    win.removeEventListener('popstate', onPop);
  };
}

/**
 * Keeps the address bar and the active view's store in step: opening a link loads it (with notices
 * for what was changed), changes update the address, back/forward restore the view.
 */
export function startUrlSync(win: Window = window): () => void {
  const view = new URLSearchParams(win.location.search).get('view');
  if (view === 'surface') {
    useAtlas.setState({ view: 'surface' });
    return sync(surface, win);
  }
  return sync(explorer, win);
}
