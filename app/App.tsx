import { lazy, Suspense } from 'react';
import { ExplorerView } from './views/ExplorerView';

const GpuCheckView = lazy(() => import('./views/GpuCheckView'));

/** Which view the address asks for (`?view=`); the explorer is the default. */
function currentView(): string {
  return new URLSearchParams(window.location.search).get('view') ?? 'explorer';
}

export function App() {
  const view = currentView();
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="app-header">
        <a className="brand" href="./">Loss Atlas</a>
        <nav aria-label="Views">
          <a href="./" aria-current={view === 'explorer' ? 'page' : undefined}>Curves</a>
          <a href="?view=gpu-check" aria-current={view === 'gpu-check' ? 'page' : undefined}>GPU check</a>
        </nav>
      </header>
      <main id="main">
        {view === 'gpu-check' ? (
          <Suspense fallback={<output className="status">Loading the WebGL runtime…</output>}>
            <GpuCheckView />
          </Suspense>
        ) : (
          <ExplorerView />
        )}
      </main>
    </>
  );
}
