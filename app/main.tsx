import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';
import { loadKatex, onKatexFailure } from '../src/components/formula/useKatex';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { startUrlSync } from './state/urlSync';
import { useAtlas } from './state/store';
import { applyTheme, savedTheme } from './state/theme';

applyTheme(savedTheme());
onKatexFailure((notice) => useAtlas.getState().notify([notice]));
// Fetch KaTeX right away, but off the first load's critical path.
void loadKatex();
// The link decides the first view, before the first render.
startUrlSync();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
