import { useSyncExternalStore } from 'react';
import katexCss from 'katex/dist/katex.min.css?url';
import { createKatexLoader, onKatexFailureOf, type KatexState } from './katexLoader';
import { loadStylesheet } from './stylesheet';

// The app's one KaTeX: code and stylesheet fetched together, with retries after a failure (katexLoader).
const katex = createKatexLoader({
  load: () => Promise.all([import('./katexModule'), loadStylesheet(katexCss)]).then(([m]) => m.renderTex),
});

/** Starts loading KaTeX unless it is loading or loaded; resolves to where the try ended. */
export function loadKatex(): Promise<KatexState> {
  return katex.ensure();
}

/** Calls `listener` with a notice's words when KaTeX fails to load (once, not on every retry). */
export function onKatexFailure(listener: (notice: string) => void): () => void {
  return onKatexFailureOf(katex, listener);
}

const IDLE: KatexState = { status: 'idle' };

function subscribe(onChange: () => void) {
  const off = katex.store.subscribe(onChange);
  // A formula that mounts while KaTeX is missing asks for it (again, after a failure).
  void katex.ensure();
  return off;
}

/** Where KaTeX stands; its render function once `status` is 'ready'. */
export function useKatex(): KatexState {
  return useSyncExternalStore(subscribe, katex.store.getState, () => IDLE);
}
