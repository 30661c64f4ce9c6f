/**
 * In-place number updates for typeset formulas. Formulas mark each substituted parameter value as
 * `\htmlData{v=name}{1.25}` (tex.ts, markValues), which KaTeX renders as an element with
 * `data-v="name"` around the number's glyphs. When a slider moves, the new TeX usually differs
 * from the typeset one only inside those marks; then the glyphs are rewritten in place, which
 * costs a text change instead of a KaTeX run and a relayout of the whole formula.
 */

import { VALUE_MARKS as MARK } from '../../math/tex';

/** A number KaTeX sets as one run of digits: no sign, no exponent, nothing but digits and a point. */
const PLAIN = /^\d+(?:\.\d+)?$/;

/** The TeX with value marks taken off, for showing the source before KaTeX has loaded. */
export function withoutMarks(tex: string): string {
  return tex.replace(MARK, '$2');
}

/** name → the number's TeX, for every mark in `tex`; undefined when one name carries two numbers. */
export function markedValues(tex: string): Map<string, string> | undefined {
  const out = new Map<string, string>();
  for (const [, name, value] of tex.matchAll(MARK)) {
    const seen = out.get(name!);
    if (seen !== undefined && seen !== value) return undefined;
    out.set(name!, value!);
  }
  return out;
}

/**
 * The numbers to write when `next` differs from the typeset `shown` only in the marked values, and
 * every one of them, old and new, is a plain decimal (so its glyphs are one run of digits on both
 * sides); otherwise undefined and the formula must be typeset again.
 */
export function valueOnlyChange(shown: string, next: string): Map<string, string> | undefined {
  if (shown === next) return undefined;
  if (shown.replace(MARK, '\\v{$1}') !== next.replace(MARK, '\\v{$1}')) return undefined;
  const before = markedValues(shown);
  const after = markedValues(next);
  if (!before || !after || after.size === 0) return undefined;
  for (const [name, value] of after) if (!PLAIN.test(value) || !PLAIN.test(before.get(name) ?? '')) return undefined;
  return after;
}

/**
 * Writes `values` into KaTeX's visible output under `root`. Returns false, writing nothing, when the
 * output does not have the expected shape (a mark with no or several glyph runs, or an unknown name).
 * The MathML copy for screen readers is not touched: callers typeset again once the value rests.
 */
export function writeValues(root: ParentNode, values: ReadonlyMap<string, string>): boolean {
  const edits: [Text, string][] = [];
  for (const mark of root.querySelectorAll('.katex-html [data-v]')) {
    const value = values.get(mark.getAttribute('data-v') ?? '');
    const runs = mark.querySelectorAll('.mord');
    const text = runs.length === 1 ? runs[0]!.firstChild : null;
    if (value === undefined || !(text instanceof Text) || text.nextSibling !== null) return false;
    edits.push([text, value]);
  }
  if (edits.length === 0) return false;
  // The text node's data changes in place: assigning textContent would replace the node, and the
  // browser would build its layout object again.
  for (const [text, value] of edits) if (text.data !== value) text.data = value;
  return true;
}
