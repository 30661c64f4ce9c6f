import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';
import './print.css';
import { loadKatex, onKatexFailure } from '../src/components/formula/useKatex';
import { needsCatalog } from './state/needsCatalog';
import { needsOwn } from './state/needsOwn';
import { loadOwnWithin, ownNotice } from './state/ownHook';
import { afterNextPaint } from './afterNextPaint';
import { App } from './App';
import { DisplayChartStyle } from './display/DisplayChartStyle';
import { ErrorBoundary } from './ErrorBoundary';
import { catalogNotice, loadCatalogWithin } from './catalogLoad';
import { getPreset } from './presets';
import { useApp } from './state/store';
import { startUrlSync } from './state/urlSync';
import { applyTheme, savedTheme } from './state/theme';

applyTheme(savedTheme());
onKatexFailure((notice) => useApp.getState().notices.notify([notice]));
// Fetch KaTeX once the first frame is painted: evaluating its chunk is a long task.
afterNextPaint(() => void loadKatex());
// Offline use (service worker, updates) starts after the first paint too, from its own chunk.
afterNextPaint(() => void import('./pwa/register').then((m) => m.startOffline(), () => undefined));
// The link decides the first view, before the first render. If that fails, the default view opens
// with a notice: a broken address (or a browser that refuses history) must not blank the page.
let started = false;
function start() {
  if (started) return;
  started = true;
  try {
    startUrlSync();
  } catch (e) {
    useApp.setState(useApp.getInitialState(), true);
    const why = e instanceof Error ? e.message : String(e);
    useApp.getState().notices.notify([`The address could not be read (${why}); showing the default view, and the address will not follow it.`]);
  }

  const root = createRoot(document.getElementById('root')!);
  // A transition: React renders the first view in slices that yield to the browser, not in one long task.
  startTransition(() =>
    root.render(
      <StrictMode>
        <ErrorBoundary>
          <DisplayChartStyle>
            <App />
          </DisplayChartStyle>
        </ErrorBoundary>
      </StrictMode>,
    ),
  );
}

// A link to a loss beyond the notes' waits for the catalog's chunk, and a link carrying typed formulas for the
// formula parser's, so that the link is read with them, and says so meanwhile. If a chunk cannot be fetched, or
// takes too long, the page opens anyway and says why (the link's losses it could not read are noted).
const search = window.location.search;
const waits: Promise<void>[] = [];
const notify = (text: string) => useApp.getState().notices.notify([text]);
if (needsCatalog(search, (id) => getPreset(id)?.ids ?? [])) waits.push(loadCatalogWithin().catch((e: unknown) => notify(catalogNotice(e))));
if (needsOwn(search)) waits.push(loadOwnWithin().then(() => undefined, (e: unknown) => notify(ownNotice(e))));
if (waits.length > 0) {
  document.getElementById('root')!.textContent = needsOwn(search) ? 'Loading the formulas this link carries…' : 'Loading the losses this link names…';
  void Promise.all(waits).then(start);
} else {
  start();
}
