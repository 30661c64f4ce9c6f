import { readDisplay, withDisplay, type Display } from './display';
import { lessonLinkOf, type LessonLink } from './lessonSlice';
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

/** A view with no settings (the GPU check, the lessons index): its link is only its name. */
function bare(view: ViewName): Route<Record<string, never>> {
  return {
    codec: makeCodec<Record<string, never>>(view, [], () => ({})),
    slice: () => undefined,
    current: () => ({}),
    load: () => {},
    distinct: () => '',
  };
}

/**
 * A lesson's address before and after its chunk has loaded: until then only the raw query is known (the
 * lesson's fields come with the lesson), and it is written back as it came.
 */
type LessonAddress = { readonly search: string } | { readonly link: LessonLink; encode(): string };

/** The key of an address not read yet: reading it replaces the history entry rather than adding one. */
const PENDING = '\u0000pending';

const lessonRoute: Route<LessonAddress> = {
  codec: {
    fields: [],
    decode: (search) => ({ state: { search }, notices: [] }),
    encode: (v) => ('search' in v ? v.search || '?view=lesson' : v.encode()),
  },
  slice: (s) => s.lesson,
  current: ({ lesson: s }) => {
    const link = lessonLinkOf(s);
    const { lesson, reader } = s;
    return lesson && link && reader ? { link, encode: () => reader.encode(lesson, link) } : { search: s.pending ?? '' };
  },
  load: (v) => useApp.getState().lesson.open('search' in v ? v.search : v.encode()),
  distinct: (v) => ('search' in v ? PENDING : `${v.link.id}|${v.link.step}`),
};

const ROUTES: { readonly [V in ViewName]: Route<never> } = {
  explorer: explorer as unknown as Route<never>,
  surface: surface as unknown as Route<never>,
  'gpu-check': bare('gpu-check') as unknown as Route<never>,
  lessons: bare('lessons') as unknown as Route<never>,
  lesson: lessonRoute as unknown as Route<never>,
};

/** Which view an address opens, with a notice when it names none. */
export function viewOfLink(search: string): { view: ViewName; notices: string[] } {
  const raw = new URLSearchParams(search).get('view');
  if (raw === null) return { view: 'explorer', notices: [] };
  if ((VIEWS as readonly string[]).includes(raw)) return { view: raw as ViewName, notices: [] };
  return { view: 'explorer', notices: [`Unknown view ${quote(raw)}; showing the curve explorer.`] };
}

/** The route of the view the store shows now, and the history key of its state. */
function routeNow(): { route: Route<unknown>; key: string } {
  const s = useApp.getState();
  const route = ROUTES[s.route.view] as Route<unknown>;
  return { route, key: route.distinct(route.current(s)) };
}

/**
 * Reads an address into the store: the route, the view's state, and the notices about this address.
 * Loading may add notices of its own and may even leave for another view (a lesson link naming no lesson
 * opens the lessons index), so the route is the one the store shows afterwards.
 */
function open(search: string): { route: Route<unknown>; key: string } {
  const { view, notices } = viewOfLink(search);
  const route = ROUTES[view] as Route<unknown>;
  const decoded = route.codec.decode(search);
  const shown = readDisplay(search);
  const app = useApp.getState();
  app.notices.replaceLinkNotices([...notices, ...shown.notices, ...decoded.notices]);
  app.route.setDisplay(shown.display);
  app.route.go(view);
  route.load(decoded.state);
  return routeNow();
}

/**
 * The query string of the view the store shows now, with `display` (the Share dialog's links, an embed's
 * "open in Loss Atlas"). It is what the address bar holds once it has caught up with the store.
 */
export function queryOf(s: AppState, display: Display = s.route.display): string {
  const route = ROUTES[s.route.view] as Route<unknown>;
  return withDisplay(route.codec.encode(route.current(s)), display);
}

/**
 * Reads `search` as the current view's link and loads it, as opening that link would, but without
 * touching the notices or the display: the notices about its bad values are returned (an embed's host
 * sets values by message, and hears about them in its console). The address follows as after any change.
 */
export function loadViewQuery(search: string): string[] {
  const s = useApp.getState();
  const route = ROUTES[s.route.view] as Route<unknown>;
  const decoded = route.codec.decode(search);
  route.load(decoded.state);
  return decoded.notices;
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
    const encoded = () => {
      const s = useApp.getState();
      return withDisplay(route.codec.encode(route.current(s)), s.route.display);
    };
    write('replace', encoded());
    const flush = () => {
      cancel();
      const url = encoded();
      if (url !== win.location.search) write('replace', url);
    };
    cleanups.push(
      useApp.subscribe((s, prev) => {
        if (loading) return;
        if (s.route.view !== prev.route.view) {
          // The app moved to another view by itself (a lesson link naming no lesson): a redirect, so the
          // address is replaced, not added to the history.
          ({ route, key: last } = routeNow());
          flush();
          return;
        }
        if (s.route.display !== prev.route.display) {
          // Presenting or leaving presenter mode: the same view, so the entry is replaced.
          flush();
          return;
        }
        if (route.slice(s) === route.slice(prev)) return;
        const key = route.distinct(route.current(s));
        if (last === PENDING) {
          // A lesson address was read once its chunk arrived: the same address, now in its full form.
          flush();
        } else if (key !== last) {
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
      // Reading it may have corrected it (a step out of range) or left for another view.
      flush();
    };
    win.addEventListener('popstate', onPop);
    cleanups.push(() => win.removeEventListener('popstate', onPop));
  } catch (e) {
    stop();
    throw e;
  }
  return stop;
}
