import { lazy, Suspense, useRef, useState } from 'react';
import { ErrorBoundary } from '../ErrorBoundary';

const ShareDialog = lazy(() => import('./ShareDialog'));

/** The header's Share button; the dialog's code arrives when it is first pressed. */
export function ShareButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <>
      <button ref={button} type="button" className="share-toggle" aria-haspopup="dialog" aria-expanded={open} onClick={() => setOpen(true)}>
        Share
      </button>
      {open && (
        <ErrorBoundary what="the Share dialog">
          <Suspense fallback={<output className="status">Loading the Share dialog…</output>}>
            <ShareDialog onClose={close} />
          </Suspense>
        </ErrorBoundary>
      )}
    </>
  );
}
