import { useCallback, useEffect, useId, useRef, useState, type ComponentType } from 'react';
import { loadOwnWithin, OWN_FAILED, OWN_SLOW, OwnTimeout, within } from '../../state/ownHook';
import { useApp } from '../../state/store';

type Status = 'closed' | 'loading' | 'ready' | 'failed' | 'slow';

/**
 * "Your own loss" in the catalog: a disclosure that loads the formula parser and the editors (their own chunk)
 * when first opened, says so meanwhile, and ends in the editors or in a message with a way to try again.
 * It opens by itself when the link brought typed losses.
 */
export function OwnSection() {
  const id = useId();
  const brought = useApp((s) => s.own.defs.length > 0);
  const [open, setOpen] = useState(brought);
  const [status, setStatus] = useState<Status>('closed');
  const [Panel, setPanel] = useState<ComponentType | undefined>(undefined);
  const live = useRef(true);
  const load = useCallback(() => {
    setStatus('loading');
    within(Promise.all([loadOwnWithin(), import('./OwnPanel')])).then(
      ([, m]) => {
        if (!live.current) return;
        setPanel(() => m.OwnPanel);
        setStatus('ready');
      },
      (e: unknown) => live.current && setStatus(e instanceof OwnTimeout ? 'slow' : 'failed'),
    );
  }, []);
  useEffect(() => {
    live.current = true;
    if (brought) load();
    return () => {
      live.current = false;
    };
    // Only at mount: later opening is the person's click.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const toggle = () => {
    const next = !open;
    setOpen(next);
    if (next && !Panel && status !== 'loading') load();
  };
  return (
    <div className="own-section">
      <button type="button" className="own-toggle" aria-expanded={open} aria-controls={`${id}-body`} onClick={toggle}>
        Your own loss
      </button>
      <div id={`${id}-body`} hidden={!open}>
        {status === 'loading' && <output className="own-loading">Loading the formula parser…</output>}
        {(status === 'failed' || status === 'slow') && (
          <div role="alert">
            <p>{status === 'failed' ? OWN_FAILED : OWN_SLOW}</p>
            <button type="button" onClick={load}>
              Try again
            </button>
          </div>
        )}
        {open && Panel && <Panel />}
      </div>
    </div>
  );
}
