/**
 * The page side of offline use, started after the first paint (app/main.tsx). Registers the service
 * worker that precaches the whole build, and keeps a page from running a mix of two versions:
 *
 * - A new version installs in the background and waits while any page runs the old one. A page that
 *   starts while a new version is already waiting (the visit after the one that downloaded it) hands
 *   over at once: it lets the new worker take control and reloads into the new version, with a notice.
 *   A version that arrives while a page is in use only says so; the page keeps its old, complete set.
 * - When a lazily loaded chunk fails, the page asks which build index.html is now; if it is not its
 *   own (another tab handed over, or the server was updated under an uncontrolled page), it reloads
 *   into the new version with a notice. Otherwise the view's error boundary shows the failure as before.
 */
import { useApp } from '../state/store';
import { BUILD_ID } from './buildId';
import { leaveReloadNote, reloadNotice, takeReloadNote, type ReloadReason } from './reloadNote';
import { newerBuildServed } from './staleBuild';

const BASE = import.meta.env.BASE_URL;

function notify(text: string) {
  useApp.getState().notices.notify([text]);
}

let reloading = false;
function reload(reason: ReloadReason) {
  if (reloading) return;
  reloading = true;
  leaveReloadNote(reason);
  window.location.reload();
}

/** On a failed chunk, reload into the new build if one replaced this page's (one check at a time). */
function watchStaleChunks() {
  let checking = false;
  window.addEventListener('vite:preloadError', () => {
    if (checking || reloading) return;
    checking = true;
    void newerBuildServed(BUILD_ID, BASE).then((newer) => {
      checking = false;
      if (newer) reload('stale');
    });
  });
}

function whenLoaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}

/** Tells the reader when a new version has finished installing while this page runs the old one. */
function announceWhenInstalled(worker: ServiceWorker) {
  worker.addEventListener('statechange', () => {
    if (worker.state === 'installed' && navigator.serviceWorker.controller) {
      notify('A new version of Loss Atlas has been downloaded. It opens the next time you open Loss Atlas; this page keeps working as it is.');
    }
  });
}

/** Registers the service worker unless this page is an embed or the browser has none. Never throws. */
export async function startOffline(): Promise<void> {
  // Which version this page runs, for whoever asks (a bug report, the update test).
  document.documentElement.dataset.lossAtlasBuild = BUILD_ID;
  const note = takeReloadNote();
  if (note) notify(reloadNotice(note, BUILD_ID));
  if (new URLSearchParams(window.location.search).has('embed')) return;
  // The dev server builds no service worker.
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  watchStaleChunks();
  const sw = navigator.serviceWorker;
  const controlledAtStart = sw.controller !== null;
  let handingOver = false;
  // The first install claims the page; only a change from one controller to another means a new version took over.
  let controller = sw.controller;
  sw.addEventListener('controllerchange', () => {
    const had = controller;
    controller = sw.controller;
    if (had === null || reloading) return;
    if (handingOver) reload('handover');
    else notify('Loss Atlas was updated in another tab. Reload this page to use the new version.');
  });
  await whenLoaded();
  try {
    const registration = await sw.register(`${BASE}sw.js`, { scope: BASE });
    if (registration.waiting && controlledAtStart) {
      handingOver = true;
      registration.waiting.postMessage({ type: 'SKIP_WAITING' });
      return;
    }
    if (registration.installing) announceWhenInstalled(registration.installing);
    registration.addEventListener('updatefound', () => {
      if (registration.installing) announceWhenInstalled(registration.installing);
    });
  } catch (e) {
    // Offline use is an extra: without it (a browser that refuses service workers here) the app works online.
    console.warn('Loss Atlas: the service worker for offline use could not be registered:', e);
  }
}
