import { getLoss } from '../../src/math/losses';
import { withDisplay } from '../state/display';
import { fmt } from '../state/link';
import type { ViewState } from '../state/view';

/**
 * The Share dialog's texts, built from the view's state and nothing else: the link, the iframe, the
 * custom element with its script, and the React component. Every value that reaches markup is escaped.
 */

/** Text safe inside a double- or single-quoted HTML (or JSX) attribute value and between tags. */
export function escapeAttr(s: string): string {
  return s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll("'", '&#39;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** The absolute address of `query` (with its “?”) on the app at `base` (where index.html is served, ending in `/`). */
export function linkTo(base: string, query: string): string {
  return new URL(query, base).href;
}

/** The embed's address of a view's query: `embed=1` and, when chosen, `controls=`. */
export function embedLink(base: string, query: string, controls: readonly string[] | undefined): string {
  return linkTo(base, withDisplay(query, controls === undefined ? { mode: 'embed' } : { mode: 'embed', controls }));
}

export interface FrameSize {
  /** A CSS length: `100%`, `640px`, or a bare number of pixels. */
  readonly width: string;
  /** Pixels; the embed then reports its own height by message (see the README's “Embed it”). */
  readonly height: number;
}

const LENGTH = /^\d+(\.\d+)?(px|%|em|rem|vw)?$/;

/** A width as CSS: a bare number is pixels; anything that is not a plain length becomes 100%. */
export function cssWidth(w: string): string {
  const t = w.trim();
  if (!LENGTH.test(t)) return '100%';
  return /^\d+(\.\d+)?$/.test(t) ? `${t}px` : t;
}

export function iframeSnippet(src: string, title: string, size: FrameSize): string {
  const h = Number.isFinite(size.height) && size.height > 0 ? Math.round(size.height) : 480;
  return (
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" ` +
    `style="width: ${escapeAttr(cssWidth(size.width))}; height: ${h}px; border: 0;" loading="lazy"></iframe>`
  );
}

/** An attribute of the custom element: a value, or `true` for a bare (boolean) attribute. */
export type ElementAttr = readonly [name: string, value: string | true];

/**
 * The explorer's state as `<loss-atlas-curves>` attributes: `loss`, `axis`, each parameter by its link name
 * (`delta`, or `margin.hinge` when set apart), `controls` (the chosen parameters' names), `panels`, `x-range`, `at`,
 * and `formula` when the formulas are among the chosen controls.
 */
export function curvesAttributes(v: ViewState, controls: readonly string[] | undefined): ElementAttr[] {
  const out: ElementAttr[] = [['loss', v.ids.join(',')], ['axis', v.axis]];
  const seen = new Set<string>();
  for (const id of v.ids) {
    const spec = getLoss(id);
    for (const p of [...(spec?.params ?? []), ...(spec?.options ?? [])]) {
      const value = v.values[id]?.[p.name] ?? p.default;
      const text = typeof value === 'number' ? fmt(value) : value;
      if (v.unlinked.includes(p.name)) out.push([`${p.name}.${id}`, text]);
      else if (!seen.has(p.name)) out.push([p.name, text]);
      seen.add(p.name);
    }
  }
  if (controls !== undefined) {
    // The element offers sliders by parameter name; one set apart (`margin.hinge`) is its parameter's slider.
    const params = [...new Set(controls.map((c) => c.split('.')[0]!).filter((c) => seen.has(c)))];
    out.push(['controls', params.join(',')]);
  }
  out.push(['panels', ['value', ...(v.panels.derivative ? ['derivative'] : []), ...(v.panels.weight ? ['weight'] : [])].join(',')]);
  out.push(['x-range', v.xDomain.map(fmt).join(',')]);
  out.push(['at', fmt(v.cursorX)]);
  if (controls?.includes('formula')) out.push(['formula', true]);
  return out;
}

/** The script tag that defines the element (one per page, however many elements) and the element itself. */
export function elementSnippet(scriptSrc: string, attrs: readonly ElementAttr[]): string {
  const list = attrs.map(([n, v]) => (v === true ? n : `${n}="${escapeAttr(v)}"`)).join(' ');
  return `<script type="module" src="${escapeAttr(scriptSrc)}"></script>\n<loss-atlas-curves ${list}></loss-atlas-curves>`;
}

/** `x-range` → `xRange`. */
function propName(attr: string): string {
  return attr.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

const NUMBER = /^-?\d+(\.\d+)?(e[-+]?\d+)?$/;

/**
 * The React component with the same settings: numbers as `{1.5}`, text as escaped strings, a name that is
 * not a JSX identifier (`margin.hinge`) through a spread object.
 */
export function reactSnippet(attrs: readonly ElementAttr[]): string {
  const props: string[] = [];
  const dotted: string[] = [];
  for (const [n, v] of attrs) {
    if (n.includes('.')) {
      dotted.push(`${JSON.stringify(n)}: ${v === true ? 'true' : NUMBER.test(v) ? v : JSON.stringify(v)}`);
      continue;
    }
    const p = propName(n);
    if (v === true) props.push(p);
    else if (NUMBER.test(v) && n !== 'loss' && n !== 'x-range') props.push(`${p}={${v}}`);
    else props.push(`${p}="${escapeAttr(v)}"`);
  }
  if (dotted.length) props.push(`{...{ ${dotted.join(', ')} }}`);
  return `import { LossAtlasCurves } from 'loss-atlas/embed/react';\n\n<LossAtlasCurves ${props.join(' ')} />`;
}
