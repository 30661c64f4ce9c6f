import { lazy, Suspense, useState } from 'react';
import { ThemeToggle } from '../src/components/controls/ThemeToggle';
import { Notices } from '../src/components/panels/Notices';
import { ErrorBoundary } from './ErrorBoundary';
import { useApp } from './state/store';
import { applyTheme, savedTheme, type ThemeChoice } from './state/theme';
import { ExplorerView } from './views/ExplorerView';

const GpuCheckView = lazy(() => import('./views/GpuCheckView'));
const SurfaceView = lazy(() => import('./views/SurfaceView'));

export function App() {
  const view = useApp((s) => s.route.view);
  const notices = useApp((s) => s.notices.items);
  const dismiss = useApp((s) => s.notices.dismiss);
  const [theme, setTheme] = useState<ThemeChoice>(savedTheme);
  const chooseTheme = (t: ThemeChoice) => {
    applyTheme(t);
    setTheme(t);
  };
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="app-header">
        <a className="brand" href="./">Loss Atlas</a>
        <nav aria-label="Views">
          <a href="./" aria-current={view === 'explorer' ? 'page' : undefined}>Curves</a>
          <a href="?view=surface" aria-current={view === 'surface' ? 'page' : undefined}>Surfaces</a>
          <a href="?view=gpu-check" aria-current={view === 'gpu-check' ? 'page' : undefined}>GPU check</a>
        </nav>
        <ThemeToggle value={theme} onChange={chooseTheme} />
      </header>
      <main id="main">
        <Notices notices={notices} onDismiss={dismiss} />
        {view === 'surface' ? (
          <ErrorBoundary key="surface" what="the surface view">
            <Suspense fallback={<output className="status">Loading the surface view…</output>}>
              <SurfaceView />
            </Suspense>
          </ErrorBoundary>
        ) : view === 'gpu-check' ? (
          <ErrorBoundary key="gpu-check" what="the GPU check">
            <Suspense fallback={<output className="status">Loading the WebGL runtime…</output>}>
              <GpuCheckView />
            </Suspense>
          </ErrorBoundary>
        ) : (
          <ErrorBoundary key="explorer" what="the curve explorer">
            <ExplorerView />
          </ErrorBoundary>
        )}
      </main>
    </>
  );
}
