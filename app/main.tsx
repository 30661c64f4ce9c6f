import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';
import { loadKatex } from '../src/components/formula/useKatex';
import { afterNextPaint } from './afterNextPaint';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { startUrlSync } from './state/urlSync';
import { applyTheme, savedTheme } from './state/theme';

applyTheme(savedTheme());
// Fetch KaTeX once the first frame is painted: evaluating its chunk is a long task.
afterNextPaint(() => void loadKatex());
// The link decides the first view, before the first render.
startUrlSync();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
