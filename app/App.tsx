import { lazy, Suspense, useState } from 'react';
import { ThemeToggle } from '../src/components/controls/ThemeToggle';
import { Notices } from '../src/components/panels/Notices';
import { useAtlas } from './state/store';
import { applyTheme, savedTheme, type ThemeChoice } from './state/theme';
import { ExplorerView } from './views/ExplorerView';

const GpuCheckView = lazy(() => import('./views/GpuCheckView'));
const SurfaceView = lazy(() => import('./views/SurfaceView'));

export function App() {
  const view = useAtlas((s) => s.view);
  const notices = useAtlas((s) => s.notices);
  const dismiss = useAtlas((s) => s.dismiss);
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
          <Suspense fallback={<output className="status">Loading the surface view…</output>}>
            <SurfaceView />
          </Suspense>
        ) : view === 'gpu-check' ? (
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
