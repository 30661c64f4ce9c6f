import { createStore, type StoreApi } from 'zustand/vanilla';

/** TeX → HTML, KaTeX's renderToString with the app's options (katexModule). */
export type Render = (tex: string, display: boolean) => string;

/**
 * Where loading KaTeX stands. `attempt` counts tries since the page loaded; after a failure the
 * next try starts by itself after `retryInMs`, or sooner when a formula mounts or the browser
 * comes back online.
 */
export type KatexState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly attempt: number }
  | { readonly status: 'ready'; readonly render: Render }
  | { readonly status: 'failed'; readonly attempt: number; readonly reason: string; readonly retryInMs: number };

/** Waits between tries after a failure: the n-th failure waits the n-th entry, then the last. */
export const RETRY_DELAYS_MS: readonly number[] = [1000, 2000, 4000, 8000, 15000, 30000];

export interface KatexLoaderOptions {
  /** Fetches KaTeX (code and stylesheet) and resolves to its render function. */
  readonly load: () => Promise<Render>;
  /** Calls `retry` once after `ms` (or sooner); the default is a timer that an `online` event cuts short. */
  readonly schedule?: (retry: () => void, ms: number) => void;
  readonly delaysMs?: readonly number[];
}

export interface KatexLoader {
  readonly store: StoreApi<KatexState>;
  /** Starts a try unless one is under way or KaTeX is ready; resolves to the state the try ends in. */
  readonly ensure: () => Promise<KatexState>;
}

/** A loader whose state lives in its own store: idle → loading → ready, or → failed → loading … */
export function createKatexLoader({ load, schedule = retryLater, delaysMs = RETRY_DELAYS_MS }: KatexLoaderOptions): KatexLoader {
  const store = createStore<KatexState>(() => ({ status: 'idle' }));
  const settled = () =>
    new Promise<KatexState>((resolve) => {
      const off = store.subscribe((s) => {
        if (s.status === 'ready' || s.status === 'failed') {
          off();
          resolve(s);
        }
      });
    });
  const ensure = (): Promise<KatexState> => {
    const now = store.getState();
    if (now.status === 'ready') return Promise.resolve(now);
    if (now.status === 'loading') return settled();
    const attempt = now.status === 'failed' ? now.attempt + 1 : 1;
    store.setState({ status: 'loading', attempt }, true);
    const done = settled();
    // A load that throws instead of rejecting fails the same way.
    new Promise<Render>((resolve) => resolve(load())).then(
      (render) => store.setState({ status: 'ready', render }, true),
      (e: unknown) => {
        const retryInMs = delaysMs[Math.min(attempt, delaysMs.length) - 1] ?? 0;
        store.setState({ status: 'failed', attempt, reason: e instanceof Error ? e.message : String(e), retryInMs }, true);
        schedule(() => {
          // Only the failure that set this timer retries: a try started meanwhile (a formula mounted) owns the next one.
          const s = store.getState();
          if (s.status === 'failed' && s.attempt === attempt) void ensure();
        }, retryInMs);
      },
    );
    return done;
  };
  return { store, ensure };
}

function retryLater(retry: () => void, ms: number): void {
  const once = () => {
    clearTimeout(timer);
    globalThis.removeEventListener?.('online', once);
    retry();
  };
  const timer = setTimeout(once, ms);
  globalThis.addEventListener?.('online', once);
}

/** The words of the notice the app shows once when KaTeX fails to load. */
export function katexFailureNotice(reason: string): string {
  return `The formula typesetter (KaTeX) did not load (${reason}). Formulas show their TeX source until it does; it is fetched again by itself.`;
}

/**
 * Calls `listener` with a notice's words when the first try to load KaTeX fails; the retries that
 * follow say nothing more (they end typeset, or keep the TeX source on screen). Returns the
 * unsubscribe function.
 */
export function onKatexFailureOf(loader: KatexLoader, listener: (notice: string) => void): () => void {
  return loader.store.subscribe((s) => {
    if (s.status === 'failed' && s.attempt === 1) listener(katexFailureNotice(s.reason));
  });
}
