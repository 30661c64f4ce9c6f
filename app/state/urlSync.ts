import { makeCodec, quote, type Codec } from './link';
import { useApp, viewOf, type AppState } from './store';
import { surfaceCodec } from './surfaceCodec';
import { surfaceOf } from './surfaceStore';
import { explorerCodec } from './urlCodec';
import { VIEWS, type ViewName } from './view';

/** How one view reads and writes the address: its codec, its slice, and which changes deserve a history entry. */
interface Route<S> {
  readonly codec: Codec<S>;
  /** The slice whose changes the address follows (compared by identity). */
  slice(s: AppState): unknown;
  current(s: AppState): S;
  load(v: S): void;
  /** Changes to this key make a new history entry; everything else replaces the current one. */
  distinct(v: S): string;
}

const explorer: Route<ReturnType<typeof viewOf>> = {
  codec: explorerCodec,
  slice: (s) => s.explorer,
  current: (s) => viewOf(s.explorer),
  load: (v) => useApp.getState().explorer.load(v),
  distinct: (v) => [v.axis, v.ids.join()].join('|'),
};

const surface: Route<ReturnType<typeof surfaceOf>> = {
  codec: surfaceCodec,
  slice: (s) => s.surface,
  current: (s) => surfaceOf(s.surface),
  load: (v) => useApp.getState().surface.load(v),
  distinct: (v) => [v.kind, v.data, v.seed, v.losses.join(), v.reg, v.method].join('|'),
};

/** The GPU check has no settings: its link is only its name. */
const gpuCheck: Route<Record<string, never>> = {
  codec: makeCodec<Record<string, never>>('gpu-check', [], () => ({})),
  slice: () => undefined,
  current: () => ({}),
  load: () => {},
  distinct: () => '',
};

const ROUTES: { readonly [V in ViewName]: Route<never> } = {
  explorer: explorer as unknown as Route<never>,
  surface: surface as unknown as Route<never>,
  'gpu-check': gpuCheck as unknown as Route<never>,
};

/** Which view an address opens, with a notice when it names none. */
export function viewOfLink(search: string): { view: ViewName; notices: string[] } {
  const raw = new URLSearchParams(search).get('view');
  if (raw === null) return { view: 'explorer', notices: [] };
  if ((VIEWS as readonly string[]).includes(raw)) return { view: raw as ViewName, notices: [] };
  return { view: 'explorer', notices: [`Unknown view ${quote(raw)}; showing the curve explorer.`] };
}

/** Reads an address into the store: the route, the view's state, and the notices about this address. */
function open(search: string): { route: Route<unknown>; key: string } {
  const { view, notices } = viewOfLink(search);
  const route = ROUTES[view] as Route<unknown>;
  const decoded = route.codec.decode(search);
  const app = useApp.getState();
  app.route.go(view);
  route.load(decoded.state);
  app.notices.replaceLinkNotices([...notices, ...decoded.notices]);
  return { route, key: route.distinct(decoded.state) };
}

/**
 * The address follows a stream of changes (a slider drag) once they rest for REPLACE_REST_MS, and at least
 * every REPLACE_MAX_MS meanwhile. Browsers throttle history calls (~100 per 10 s), and each replaceState
 * costs the page and the browser a few milliseconds: at most once a second during a drag keeps both away
 * from the frames, while the link is right as soon as the hand stops.
 */
const REPLACE_REST_MS = 250;
const REPLACE_MAX_MS = 1000;

/**
 * Keeps the address bar and the store in step: opening a link loads it (with notices for what was
 * changed), changes update the address, back/forward restore the view. A history call that throws
 * (rate limits, sandboxed frames) is said once in a notice; the store and the page keep going.
 * If starting throws, whatever it set up is undone before the error propagates.
 */
export function startUrlSync(win: Window = window): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // When the first change not yet in the address was made; undefined when the address is up to date.
  let dirtySince: number | undefined;
  let historyFailed = false;
  // True while back/forward loads an address, so that loading it is not taken for a change to record.
  let loading = false;
  const cleanups: (() => void)[] = [];
  const stop = () => {
    cancel();
    for (const c of cleanups.splice(0)) c();
  };
  const cancel = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    dirtySince = undefined;
  };
  const write = (kind: 'push' | 'replace', url: string) => {
    try {
      if (kind === 'push') win.history.pushState(null, '', url);
      else win.history.replaceState(null, '', url);
    } catch (e) {
      if (historyFailed) return;
      historyFailed = true;
      const why = e instanceof Error ? e.message : String(e);
      useApp.getState().notices.notify([`The address bar cannot follow the view here (${why}); the page still works, but a copied address may be out of date.`]);
    }
  };

  try {
    let { route, key: last } = open(win.location.search);
    const encoded = () => route.codec.encode(route.current(useApp.getState()));
    write('replace', encoded());
    const flush = () => {
      cancel();
      const url = encoded();
      if (url !== win.location.search) write('replace', url);
    };
    cleanups.push(
      useApp.subscribe((s, prev) => {
        if (loading || route.slice(s) === route.slice(prev)) return;
        const key = route.distinct(route.current(s));
        if (key !== last) {
          cancel();
          write('push', encoded());
        } else {
          const now = performance.now();
          dirtySince ??= now;
          if (timer) clearTimeout(timer);
          timer = setTimeout(flush, Math.max(0, Math.min(REPLACE_REST_MS, dirtySince + REPLACE_MAX_MS - now)));
        }
        last = key;
      }),
    );
    const onPop = () => {
      cancel();
      loading = true;
      try {
        ({ route, key: last } = open(win.location.search));
      } finally {
        loading = false;
      }
    };
    win.addEventListener('popstate', onPop);
    cleanups.push(() => win.removeEventListener('popstate', onPop));
  } catch (e) {
    stop();
    throw e;
  }
  return stop;
}
