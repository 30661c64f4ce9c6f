import { lazy, Suspense, useState, type ComponentType } from 'react';
import { ThemeToggle } from '../src/components/controls/ThemeToggle';
import { Notices } from '../src/components/panels/Notices';
import { useDisplayMode, togglePresent } from './display/useDisplayMode';
import { PresentBar } from './display/PresentBar';
import { ErrorBoundary } from './ErrorBoundary';
import { PrintLink } from './export/PrintLink';
import './embed/embed.css';
import { ShareButton } from './share/ShareButton';
import { useApp } from './state/store';
import { applyTheme, savedTheme, type ThemeChoice } from './state/theme';
import type { ViewName } from './state/view';
import { ExplorerView } from './views/ExplorerView';

/** Every view but the explorer arrives in its own chunk, on first use. */
const LAZY_VIEWS: { readonly [V in Exclude<ViewName, 'explorer'>]: { readonly View: ComponentType; readonly what: string; readonly loading: string } } = {
  surface: { View: lazy(() => import('./views/SurfaceView')), what: 'the surface view', loading: 'Loading the surface view…' },
  'gpu-check': { View: lazy(() => import('./views/GpuCheckView')), what: 'the GPU check', loading: 'Loading the WebGL runtime…' },
  lessons: { View: lazy(() => import('./views/LessonViews').then((m) => ({ default: m.LessonsIndex }))), what: 'the lessons index', loading: 'Loading the lessons…' },
  lesson: { View: lazy(() => import('./views/LessonViews').then((m) => ({ default: m.LessonView }))), what: 'the lesson', loading: 'Loading the lesson…' },
};

/** An embed's link out, its `controls=` check and its messages to a framing page (app/embed). */
const EmbedRuntime = lazy(() => import('./embed/EmbedRuntime'));

export function App() {
  const view = useApp((s) => s.route.view);
  const mode = useDisplayMode();
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
      {mode === 'present' && <PresentBar />}
      {mode !== 'app' ? null : (
        <header className="app-header">
          <a className="brand" href="./">Loss Atlas</a>
          <nav aria-label="Views">
            <a href="./" aria-current={view === 'explorer' ? 'page' : undefined}>Curves</a>
            <a href="?view=surface" aria-current={view === 'surface' ? 'page' : undefined}>Surfaces</a>
            <a href="?view=lessons" aria-current={view === 'lessons' || view === 'lesson' ? 'page' : undefined}>Lessons</a>
            <a href="?view=gpu-check" aria-current={view === 'gpu-check' ? 'page' : undefined}>GPU check</a>
          </nav>
          <ThemeToggle value={theme} onChange={chooseTheme} />
          <button type="button" className="present-toggle" aria-pressed="false" onClick={togglePresent} aria-keyshortcuts="P">
            Present
          </button>
          <ShareButton />
        </header>
      )}
      <main id="main">
        <Notices notices={notices} onDismiss={dismiss} />
        {view === 'explorer' ? (
          <ErrorBoundary key="explorer" what="the curve explorer">
            <ExplorerView />
          </ErrorBoundary>
        ) : (
          <LazyView key={view} {...LAZY_VIEWS[view]} />
        )}
        <PrintLink />
      </main>
      {mode === 'embed' && (
        <ErrorBoundary what="the embed's link and messages">
          <Suspense fallback={null}>
            <EmbedRuntime />
          </Suspense>
        </ErrorBoundary>
      )}
    </>
  );
}

function LazyView({ View, what, loading }: (typeof LAZY_VIEWS)[keyof typeof LAZY_VIEWS]) {
  return (
    <ErrorBoundary what={what}>
      <Suspense fallback={<output className="status">{loading}</output>}>
        <View />
      </Suspense>
    </ErrorBoundary>
  );
}
