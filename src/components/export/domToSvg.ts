import { firstColor, isTransparent, paintAttributes } from './svgStyle';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** Never exported: controls and hints that only mean something on the page. */
const SKIP = 'button, input, select, textarea, .chart-hint, .data-hint, [data-export="skip"]';
/** SVG elements that draw something; the others (g, defs, clipPath…) get no paint attributes of their own. */
const SHAPES = new Set(['path', 'line', 'rect', 'circle', 'ellipse', 'polyline', 'polygon', 'text', 'tspan', 'use']);
/** Attributes that tie a clone to the page (its CSS, its focus order, its accessibility tree). */
const PAGE_ATTRS = /^(class|style|tabindex|role|focusable|aria-.*)$/;

export interface DomToSvgOptions {
  /** The <title> of the file. */
  readonly title: string;
  /** Painted under everything; the page's background when left out. */
  readonly background?: string;
  /** Draws a canvas some other way (vector marks over a smaller image); undefined: the canvas as a PNG. */
  readonly canvas?: (canvas: HTMLCanvasElement, box: { x: number; y: number; width: number; height: number }) => SVGElement | undefined;
}

export interface ExportedSvg {
  readonly svg: string;
  /** The element's CSS size in pixels, which is the SVG's width and height. */
  readonly width: number;
  readonly height: number;
}

/**
 * A standalone SVG of what an element shows: its SVGs cloned with every computed paint and font
 * property written as an attribute (nothing depends on the page's CSS), its canvases as embedded PNG
 * images, and its HTML text (legends, captions) and filled boxes (swatches) as SVG text and rects at
 * the places the browser laid them out. Controls, hints and visually hidden text are left out.
 * Throws what the browser throws (a tainted canvas's toDataURL, for one).
 */
export function domToSvg(root: Element, opts: DomToSvgOptions): ExportedSvg {
  const origin = root.getBoundingClientRect();
  const width = origin.width;
  const height = origin.height;
  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = opts.title;
  out.append(title);
  const bg = opts.background ?? pageBackground(root);
  if (bg) out.append(shape('rect', { width, height, fill: bg }));

  const at = (r: DOMRect) => ({ x: r.left - origin.left, y: r.top - origin.top });
  visit(root);
  const xml = new XMLSerializer().serializeToString(out);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`, width, height };

  function visit(el: Element): void {
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || el.matches(SKIP) || visuallyHidden(el, cs)) return;
    if (el instanceof SVGSVGElement) {
      out.append(cloneSvg(el, at(el.getBoundingClientRect())));
      return;
    }
    if (el instanceof HTMLCanvasElement) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && cs.visibility !== 'hidden') {
        const place = { ...at(r), width: r.width, height: r.height };
        out.append(opts.canvas?.(el, place) ?? image(el.toDataURL('image/png'), place));
      }
      return;
    }
    if (el !== root && cs.visibility !== 'hidden') box(el, cs);
    for (const node of el.childNodes) {
      if (node.nodeType === Node.TEXT_NODE && cs.visibility !== 'hidden') text(node as Text, cs);
      else if (node instanceof Element) visit(node);
    }
  }

  /** A filled box (a legend swatch, a badge): its background as a rect. */
  function box(el: Element, cs: CSSStyleDeclaration): void {
    const fill = isTransparent(cs.backgroundColor) ? (cs.backgroundImage !== 'none' ? firstColor(cs.backgroundImage) : undefined) : cs.backgroundColor;
    if (!fill) return;
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) return;
    const rx = parseFloat(cs.borderTopLeftRadius) || 0;
    out.append(shape('rect', { ...at(r), width: r.width, height: r.height, fill, ...(rx > 0 ? { rx } : {}) }));
  }

  /** A text node as one <text> per line it occupies. */
  function text(node: Text, cs: CSSStyleDeclaration): void {
    const data = node.data;
    if (!data.trim()) return;
    const range = document.createRange();
    const lines: { rect: DOMRect; words: string[] }[] = [];
    for (const m of data.matchAll(/\S+/g)) {
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const r = range.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const last = lines[lines.length - 1];
      if (last && Math.abs(last.rect.top - r.top) < r.height / 2) last.words.push(m[0]);
      else lines.push({ rect: r, words: [m[0]] });
    }
    for (const { rect, words } of lines) {
      const p = at(rect);
      const t = shape('text', {
        x: p.x,
        y: p.y + rect.height / 2,
        'dominant-baseline': 'central',
        fill: cs.color,
        'font-size': cs.fontSize,
        'font-weight': cs.fontWeight,
        ...(cs.fontStyle !== 'normal' ? { 'font-style': cs.fontStyle } : {}),
        'font-family': paintAttributes((k) => (k === 'font-family' ? cs.fontFamily : ''))['font-family']!,
      });
      t.textContent = words.join(' ');
      out.append(t);
    }
  }
}

function cloneSvg(svg: SVGSVGElement, p: { x: number; y: number }): SVGSVGElement {
  const r = svg.getBoundingClientRect();
  const copy = document.createElementNS(SVG_NS, 'svg');
  copy.setAttribute('x', String(p.x));
  copy.setAttribute('y', String(p.y));
  copy.setAttribute('width', String(r.width));
  copy.setAttribute('height', String(r.height));
  const vb = svg.getAttribute('viewBox');
  if (vb) copy.setAttribute('viewBox', vb);
  if (getComputedStyle(svg).overflow === 'visible') copy.setAttribute('overflow', 'visible');
  for (const child of svg.children) {
    const c = cloneElement(child);
    if (c) copy.append(c);
  }
  return copy;
}

function cloneElement(el: Element): Element | undefined {
  const cs = getComputedStyle(el);
  if (cs.display === 'none' || el.localName === 'foreignObject') return undefined;
  const copy = document.createElementNS(SVG_NS, el.localName);
  for (const a of el.attributes) {
    if (PAGE_ATTRS.test(a.name) || a.name.startsWith('on')) continue;
    if (a.namespaceURI) copy.setAttributeNS(a.namespaceURI, a.name, a.value);
    else copy.setAttribute(a.name, a.value);
  }
  if (SHAPES.has(el.localName)) {
    const attrs = paintAttributes((k) => cs.getPropertyValue(k));
    if (el.localName !== 'text' && el.localName !== 'tspan') {
      for (const k of Object.keys(attrs)) if (k.startsWith('font') || k === 'text-anchor' || k === 'dominant-baseline') delete attrs[k];
    }
    for (const [k, v] of Object.entries(attrs)) copy.setAttribute(k, v);
  } else if (el.localName === 'stop') {
    copy.setAttribute('stop-color', cs.getPropertyValue('stop-color'));
    copy.setAttribute('stop-opacity', cs.getPropertyValue('stop-opacity'));
  } else if (el.localName === 'g' && cs.opacity !== '1') {
    copy.setAttribute('opacity', cs.opacity);
  }
  for (const node of el.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) copy.append(document.createTextNode((node as Text).data));
    else if (node instanceof Element) {
      const c = cloneElement(node);
      if (c) copy.append(c);
    }
  }
  return copy;
}

function shape(tag: string, attrs: Record<string, string | number>): SVGElement {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

function image(href: string, r: { x: number; y: number; width: number; height: number }): SVGElement {
  const el = shape('image', { ...r, preserveAspectRatio: 'none' });
  el.setAttribute('href', href);
  el.setAttributeNS(XLINK_NS, 'xlink:href', href);
  return el;
}

/** Visually hidden text kept for screen readers (a 1-pixel clipped box). */
function visuallyHidden(el: Element, cs: CSSStyleDeclaration): boolean {
  if (cs.position !== 'absolute' || cs.overflow !== 'hidden') return false;
  const r = el.getBoundingClientRect();
  return r.width <= 1 && r.height <= 1;
}

/** The colour the element sits on: the first ancestor's background that paints. */
export function pageBackground(el: Element): string | undefined {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const c = getComputedStyle(e).backgroundColor;
    if (!isTransparent(c)) return c;
  }
  return undefined;
}
