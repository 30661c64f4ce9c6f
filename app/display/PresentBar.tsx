import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useApp, useAtlas } from '../state/store';
import { fullscreenNotice, toggleFullscreen } from './fullscreen';
import { presentTitle } from './presentTitle';
import { togglePresent } from './useDisplayMode';
import { usePresentKeys } from './usePresentKeys';
import './present.css';

function useIsFullscreen(): boolean {
  const [on, setOn] = useState(() => typeof document !== 'undefined' && !!document.fullscreenElement);
  useEffect(() => {
    const change = () => setOn(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', change);
    return () => document.removeEventListener('fullscreenchange', change);
  }, []);
  return on;
}

/**
 * The slim bar that stands in for the app header while presenting: what is shown (and a lesson's step,
 * with Previous/Next), full screen (F) and the way out (Escape when not in full screen).
 */
export function PresentBar() {
  const view = useApp((s) => s.route.view);
  const notify = useApp((s) => s.notices.notify);
  const ids = useAtlas(useShallow((s) => s.ids));
  const lesson = useApp((s) => (s.route.view === 'lesson' ? s.lesson.lesson : undefined));
  const step = useApp((s) => s.lesson.step);
  const goStep = useApp((s) => s.lesson.goStep);
  const fullscreen = useIsFullscreen();
  const count = lesson?.steps.length ?? 0;
  const title = presentTitle(view, ids, lesson?.title);

  const toggleFull = () => {
    void toggleFullscreen().then((reason) => {
      if (reason !== undefined) notify([fullscreenNotice(reason)]);
    });
  };
  const exit = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    togglePresent();
  };
  usePresentKeys({ fullscreen: toggleFull, exit });

  return (
    <header className="present-bar">
      <p className="present-title">{title}</p>
      {lesson && count > 0 && (
        <nav className="present-steps" aria-label="Lesson steps">
          <button type="button" onClick={() => goStep(step - 1)} disabled={step <= 1} aria-keyshortcuts="ArrowLeft PageUp">
            Previous
          </button>
          <span className="present-count">
            Step {step} of {count}
          </span>
          <button type="button" onClick={() => goStep(step + 1)} disabled={step >= count} aria-keyshortcuts="ArrowRight PageDown">
            Next
          </button>
        </nav>
      )}
      <button type="button" aria-pressed={fullscreen} onClick={toggleFull} aria-keyshortcuts="F">
        Full screen
      </button>
      <button type="button" onClick={exit} aria-keyshortcuts="Escape P">
        Exit presenting
      </button>
    </header>
  );
}
