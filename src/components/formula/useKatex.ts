import { useSyncExternalStore } from 'react';

type Render = (tex: string, display: boolean) => string;

let render: Render | undefined;
let loading: Promise<Render> | undefined;
const listeners = new Set<() => void>();

/** Starts loading KaTeX (once); resolves to its render function. */
export function loadKatex(): Promise<Render> {
  loading ??= import('./katexModule').then((m) => {
    render = m.renderTex;
    for (const l of listeners) l();
    return m.renderTex;
  });
  return loading;
}

function subscribe(l: () => void) {
  listeners.add(l);
  void loadKatex();
  return () => listeners.delete(l);
}

/** KaTeX's render function once it has loaded; undefined before (render the TeX source meanwhile). */
export function useKatex(): Render | undefined {
  return useSyncExternalStore(subscribe, () => render, () => undefined);
}
