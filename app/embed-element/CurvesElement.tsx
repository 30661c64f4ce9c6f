import { createRoot, type Root } from 'react-dom/client';
import { ErrorBoundary } from '../ErrorBoundary';
import type { ViewState } from '../state/view';
import { catalogRegistered } from '../../src/math/losses';
import { catalogNotice, loadCatalogWithin } from '../catalogLoad';
import { needsCatalog } from '../state/needsCatalog';
import { appLink, linkParams, linkQuery, OWN_ATTRIBUTES, PARAM_ATTRIBUTES, readAttributes } from './attributes';
import { CurvesFigure } from './CurvesFigure';
import { elementSheet } from './elementSheet';

/** What the `change` event carries: the losses drawn and every parameter as the app's link names it. */
export interface CurvesChangeDetail {
  readonly loss: readonly string[];
  readonly params: Readonly<Record<string, number | string>>;
  /** The app's address of the view now shown. */
  readonly link: string;
}

/**
 * `<loss-atlas-curves>`: a loss-curve figure in a shadow root. Attributes are read by the app's link
 * codec (attributes.ts); a change of any of them draws the figure afresh from the attributes. Bad values
 * are said inside the element and in a console warning; the rest still draws. Moving a slider dispatches
 * `change` (bubbling, composed) with CurvesChangeDetail.
 */
export function defineCurvesElement(appUrl: string) {
  return class LossAtlasCurves extends HTMLElement {
    static readonly observedAttributes = [...OWN_ATTRIBUTES, ...PARAM_ATTRIBUTES];
    private root?: Root;
    private pending = false;
    private serial = 0;
    private catalogFailed = false;

    connectedCallback() {
      if (!this.root) {
        // Connected again after a removal: the shadow root stays (it cannot be attached twice), emptied.
        const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
        shadow.adoptedStyleSheets = [elementSheet()];
        const container = document.createElement('div');
        container.className = 'la-root';
        shadow.append(container);
        this.root = createRoot(container);
      }
      this.schedule();
    }

    disconnectedCallback() {
      // A node moved in the document is disconnected and connected again in one task: keep its root then.
      queueMicrotask(() => {
        if (this.isConnected || !this.root) return;
        this.root.unmount();
        this.root = undefined;
        this.shadowRoot?.replaceChildren();
      });
    }

    attributeChangedCallback() {
      this.schedule();
    }

    /** Several attributes set in a row draw once. */
    private schedule() {
      if (this.pending) return;
      this.pending = true;
      queueMicrotask(() => {
        this.pending = false;
        if (this.root) this.draw();
      });
    }

    private draw() {
      const attrs: Record<string, string> = {};
      for (const a of this.attributes) attrs[a.name] = a.value;
      // A loss beyond the notes' comes with the catalog's chunk: fetch it, then draw. If it cannot be fetched,
      // draw anyway: the codec then says which losses are unknown.
      if (!this.catalogFailed && needsCatalog(linkQuery(attrs)) && !catalogRegistered()) {
        this.root!.render(<p className="la-loading">Loading the losses…</p>);
        loadCatalogWithin().then(
          () => this.schedule(),
          (e: unknown) => {
            this.catalogFailed = true;
            console.warn(`<loss-atlas-curves>: ${catalogNotice(e)}`);
            this.schedule();
          },
        );
        return;
      }
      const config = readAttributes(attrs);
      for (const n of config.notices) console.warn(`<loss-atlas-curves>: ${n}`);
      const container = this.shadowRoot!.querySelector<HTMLElement>('.la-root')!;
      container.dataset.theme = config.theme;
      const app = attrs['app-url'] ? new URL(attrs['app-url'], document.baseURI).href : appUrl;
      this.serial += 1;
      this.root!.render(
        <ErrorBoundary what="this figure">
          <CurvesFigure key={this.serial} config={config} app={app} onParams={(v) => this.changed(v, app)} />
        </ErrorBoundary>,
      );
    }

    private changed(view: ViewState, app: string) {
      const detail: CurvesChangeDetail = { loss: view.ids, params: linkParams(view), link: appLink(app, view) };
      this.dispatchEvent(new CustomEvent('change', { detail, bubbles: true, composed: true }));
    }
  };
}
