import { embedOfView, type CurvesEmbed } from '../embed-element/snippets';
import { withDisplay } from '../state/display';
import type { ViewState } from '../state/view';

/**
 * The Share dialog's texts, built from the view's state and nothing else: the link, the iframe, and the
 * curves element's settings (its snippets are the element's own, app/embed-element/snippets.ts). Every
 * value that reaches markup is escaped.
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

/**
 * The explorer's view as the curves element: its sliders are the chosen parameters (a parameter set apart,
 * `margin.hinge`, is its parameter's slider), and the formulas when `formula` is chosen.
 */
export function curvesEmbedOf(v: ViewState, controls: readonly string[] | undefined): CurvesEmbed {
  const figure = embedOfView(v);
  if (controls === undefined) return figure;
  const params = new Set(Object.keys(figure.params).map((k) => k.split('.')[0]!));
  return {
    ...figure,
    controls: [...new Set(controls.map((c) => c.split('.')[0]!))].filter((c) => params.has(c)),
    ...(controls.includes('formula') ? { formula: true } : {}),
  };
}
