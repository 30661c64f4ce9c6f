/**
 * What a standalone SVG needs of the page's CSS: the computed values of the properties that change how
 * an SVG element or a piece of text is painted, written as presentation attributes, with fonts named by
 * their generic family only (the file is read on machines without the page's fonts).
 */

/** CSS properties copied onto every exported SVG element, as attributes of the same name. */
export const SVG_PAINT_PROPS = [
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity',
  'stroke-linejoin', 'stroke-linecap', 'opacity', 'font-size', 'font-weight', 'font-style', 'text-anchor',
  'dominant-baseline', 'visibility',
] as const;

const GENERIC = ['monospace', 'serif', 'sans-serif', 'cursive', 'fantasy', 'system-ui'] as const;

/** The generic family a CSS font stack falls back to ("Inter, system-ui, sans-serif" → "sans-serif"). */
export function genericFont(stack: string): string {
  const names = stack.split(',').map((f) => f.trim().replace(/^["']|["']$/g, '').toLowerCase());
  for (let i = names.length - 1; i >= 0; i--) {
    const g = GENERIC.find((k) => k === names[i]);
    if (g) return g === 'system-ui' ? 'sans-serif' : g;
  }
  if (names.some((n) => n.includes('mono'))) return 'monospace';
  // KaTeX's math fonts are serif faces.
  return names.some((n) => n.startsWith('katex')) ? 'serif' : 'sans-serif';
}

/** Whether a computed colour paints nothing ("transparent", "rgba(…, 0)", "none"). */
export function isTransparent(color: string): boolean {
  const c = color.trim().toLowerCase();
  return c === '' || c === 'none' || c === 'transparent' || /^rgba\(.*,\s*0(\.0*)?\)$/.test(c) || /^rgb\(.*\/\s*0(\.0*)?\)$/.test(c);
}

/** The first colour in a computed background-image ("repeating-linear-gradient(90deg, rgb(…) 0px, …)"). */
export function firstColor(backgroundImage: string): string | undefined {
  return /(rgba?\([^)]*\)|#[0-9a-f]{3,8})/i.exec(backgroundImage)?.[1];
}

/**
 * The presentation attributes of an element from its computed style (`get` reads one property):
 * every paint property whose value is not the initial one, a `url("#id")` paint kept as `url(#id)`.
 */
export function paintAttributes(get: (prop: string) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const prop of SVG_PAINT_PROPS) {
    const v = get(prop).trim();
    if (!v || v === 'normal' || v === 'auto' || (prop === 'visibility' && v === 'visible')) continue;
    out[prop] = v.replace(/url\("([^"]*)"\)/g, 'url($1)');
  }
  const family = get('font-family');
  if (family) out['font-family'] = genericFont(family);
  return out;
}

/** A file name from a chart's title: "Huber vs MSE loss curves" → "huber-vs-mse-loss-curves.svg". */
export function exportFileName(title: string, ext: string): string {
  const base = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${base || 'chart'}.${ext}`;
}
