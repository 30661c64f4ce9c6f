import { useEffect, useId, useRef, useState, type ComponentType } from 'react';
import { loadOwnWithin, OWN_FAILED, OWN_SLOW, OwnTimeout, within } from '../../state/ownHook';
import { useApp } from '../../state/store';

type Failure = 'failed' | 'slow';

/**
 * "Your own loss" in the catalog: a disclosure that loads the formula parser and the editors (their own chunk)
 * when first opened, says so meanwhile, and ends in the editors or in a message with a way to try again.
 * It opens by itself while typed losses are in the view (a link brought them).
 */
export function OwnSection() {
  const id = useId();
  const brought = useApp((s) => s.own.defs.length > 0);
  const [toggled, setToggled] = useState<boolean | undefined>(undefined);
  const open = toggled ?? brought;
  const [Panel, setPanel] = useState<ComponentType | undefined>(undefined);
  const [failure, setFailure] = useState<Failure | undefined>(undefined);
  const pending = useRef(false);
  useEffect(() => {
    if (!open || Panel || failure || pending.current) return;
    pending.current = true;
    let live = true;
    within(Promise.all([loadOwnWithin(), import('./OwnPanel')])).then(
      ([, m]) => {
        pending.current = false;
        if (live) setPanel(() => m.OwnPanel);
      },
      (e: unknown) => {
        pending.current = false;
        if (live) setFailure(e instanceof OwnTimeout ? 'slow' : 'failed');
      },
    );
    return () => {
      live = false;
      pending.current = false;
    };
  }, [open, Panel, failure]);
  return (
    <div className="own-section">
      <button type="button" className="own-toggle" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setToggled(!open)}>
        Your own loss
      </button>
      <div id={`${id}-body`} hidden={!open}>
        {open && !Panel && !failure && <output className="own-loading">Loading the formula parser…</output>}
        {failure && (
          <div role="alert">
            <p>{failure === 'failed' ? OWN_FAILED : OWN_SLOW}</p>
            <button type="button" onClick={() => setFailure(undefined)}>
              Try again
            </button>
          </div>
        )}
        {open && Panel && <Panel />}
      </div>
    </div>
  );
}
