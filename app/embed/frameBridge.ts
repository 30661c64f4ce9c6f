import { useApp, type AppState } from '../state/store';
import { loadViewQuery, queryOf } from '../state/urlSync';
import {
  changedParams,
  changeMessage,
  heightMessage,
  mergeQuery,
  paramsOfQuery,
  readHostMessage,
  readyMessage,
  type FrameMessage,
  type Params,
} from './protocol';

/** Settings that move all the time under the pointer (the cursor): sent along, never announced alone. */
const QUIET: readonly string[] = ['at'];

const viewSlice = (s: AppState) => [s.route.view, s.explorer, s.surface, s.lesson] as const;

/** The height of the page's content, CSS px (the root element's box, which the embed's styles keep to its content). */
function contentHeight(doc: Document): number {
  return Math.ceil(doc.documentElement.getBoundingClientRect().height);
}

/**
 * Talks to the page that frames this embed (protocol.ts): says it is ready and how tall it is, and again
 * whenever that changes; says when the reader changes a setting; applies the host's `set` messages through
 * the view's link codec. Returns what stops it.
 */
export function startFrameBridge(win: Window): () => void {
  const host = win.parent;
  const post = (m: FrameMessage) => {
    try {
      host.postMessage(m, '*');
    } catch (e) {
      console.warn('Loss Atlas embed: a message to the host page failed.', e);
    }
  };
  const paramsNow = (): Params => paramsOfQuery(queryOf(useApp.getState()));
  let params = paramsNow();
  let applying = false;
  let height = -1;

  const sendHeight = () => {
    const h = contentHeight(win.document);
    if (h === height) return;
    height = h;
    post(heightMessage(useApp.getState().route.view, h));
  };

  const unsubscribe = useApp.subscribe((s, prev) => {
    const a = viewSlice(s);
    const b = viewSlice(prev);
    if (a.every((x, i) => x === b[i])) return;
    const next = paramsNow();
    const changed = changedParams(params, next);
    params = next;
    if (applying || changed.every((k) => QUIET.includes(k))) return;
    post(changeMessage(s.route.view, next, changed));
  });

  const onMessage = (e: MessageEvent) => {
    if (e.source !== host) return;
    const read = readHostMessage(e.data);
    if (read === null) return;
    if (!read.ok) {
      console.warn(`Loss Atlas embed: message ignored: ${read.why}.`);
      return;
    }
    const given = read.message.params;
    const current = new URLSearchParams(queryOf(useApp.getState()));
    // A preset stays marked only if the host names it; otherwise changed values would be reported as a bad preset.
    if (!('preset' in given)) current.delete('preset');
    applying = true;
    let notices: string[];
    try {
      notices = loadViewQuery(mergeQuery(current.toString(), given));
    } finally {
      applying = false;
    }
    for (const n of notices) console.warn(`Loss Atlas embed: ${n}`);
  };
  win.addEventListener('message', onMessage);

  const observer = new ResizeObserver(sendHeight);
  observer.observe(win.document.documentElement);
  height = contentHeight(win.document);
  post(readyMessage(useApp.getState().route.view, height, params));

  return () => {
    unsubscribe();
    observer.disconnect();
    win.removeEventListener('message', onMessage);
  };
}
