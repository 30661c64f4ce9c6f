import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { controlsOf } from '../embed/controls';
import { APP_DISPLAY } from '../state/display';
import { OWN_LIMITS } from '../state/ownLimits';
import { useApp, viewOf } from '../state/store';
import { queryOf } from '../state/urlSync';
import { CopyField } from './CopyField';
import { elementSnippet, reactSnippet } from '../embed-element/snippets';
import { curvesEmbedOf, embedLink, iframeSnippet, linkTo } from './snippets';
import './share.css';

/** Where the app is served: this page's address up to its last “/”. */
function appBase(): string {
  return new URL('./', window.location.href).href;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), textarea, select, [tabindex]:not([tabindex="-1"])';

/**
 * The Share dialog: the link to this exact view, and the same view as an iframe (with the controls chosen
 * here), as the `<loss-atlas-curves>` element and as its React component. A modal `<dialog>`: the page
 * behind is inert, Tab stays inside, Esc or Close closes it.
 */
export default function ShareDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // The view as it was when Share was pressed: the page behind cannot change while the dialog is open.
  const [s] = useState(() => useApp.getState());
  const view = s.route.view;
  const list = useMemo(() => controlsOf(view, s), [view, s]);
  const [chosen, setChosen] = useState<readonly string[]>(() => {
    const d = s.route.display;
    return d.mode === 'embed' && d.controls ? d.controls.filter((c) => list.known.includes(c)) : list.byDefault;
  });
  const [width, setWidth] = useState('100%');
  const [height, setHeight] = useState(view === 'surface' ? 720 : 520);

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);

  const base = appBase();
  const query = queryOf(s, APP_DISPLAY);
  const link = linkTo(base, query);
  const controls = list.known.length ? list.known.filter((c) => chosen.includes(c)) : undefined;
  const title = `${document.querySelector('main h1')?.textContent?.trim() || 'Loss Atlas'} · Loss Atlas`;
  const iframe = iframeSnippet(embedLink(base, query, controls), title, { width, height });
  // The element draws the registry's losses only: a view with a typed loss is embedded with the iframe.
  const typed = view === 'explorer' && s.explorer.ids.some((id) => (OWN_LIMITS.ids as readonly string[]).includes(id));
  const figure = view === 'explorer' && !typed ? curvesEmbedOf(viewOf(s.explorer), controls) : undefined;

  // Tab from the last control goes to the first and Shift+Tab from the first to the last.
  const trap = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Tab' || !ref.current) return;
    const all = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = all[0];
    const last = all[all.length - 1];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last?.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first?.focus();
    }
  };
  const toggle = (name: string, on: boolean) => setChosen((c) => (on ? [...c, name] : c.filter((x) => x !== name)));

  return (
    <dialog ref={ref} className="share-dialog" aria-labelledby={titleId} onClose={onClose} onKeyDown={trap}>
      <div className="share-head">
        <h2 id={titleId}>Share this view</h2>
        <button type="button" onClick={() => ref.current?.close()}>Close</button>
      </div>
      <CopyField label="Link" what="link" text={link} />
      <section aria-labelledby={`${titleId}-embed`} className="share-section">
        <h3 id={`${titleId}-embed`}>Embed in a page</h3>
        {list.known.length ? (
          <fieldset className="share-controls">
            <legend>Controls in the embed</legend>
            {list.known.map((name) => (
              <label key={name}>
                <input type="checkbox" checked={chosen.includes(name)} onChange={(e) => toggle(name, e.currentTarget.checked)} />
                <code>{name}</code> <span className="muted">{list.labels[name]}</span>
              </label>
            ))}
          </fieldset>
        ) : (
          <p className="muted">This view is embedded whole: it has no controls to choose.</p>
        )}
        <div className="share-size">
          <label>
            Width <input type="text" value={width} onChange={(e) => setWidth(e.currentTarget.value)} size={6} />
          </label>
          <label>
            Height (px){' '}
            <input type="number" min={100} max={4000} value={height} onChange={(e) => setHeight(e.currentTarget.valueAsNumber)} />
          </label>
        </div>
        <CopyField label="Iframe snippet" what="iframe snippet" text={iframe} multiline />
        {figure ? (
          <>
            <CopyField label="Custom element snippet" what="custom element snippet" text={elementSnippet(base, figure)} multiline />
            <CopyField label="React component" what="React component" text={reactSnippet(base, figure)} multiline />
          </>
        ) : (
          <p className="muted">
            {typed
              ? 'The custom element and the React component draw the built-in losses only; embed a view with your own loss with the iframe.'
              : 'The custom element and the React component draw loss curves; embed this view with the iframe.'}
          </p>
        )}
      </section>
    </dialog>
  );
}
