/**
 * What this code knows of KaTeX's HTML output, in one place: the class names of the visible copy
 * and of a glyph run, the glyph it sets for a minus, and KaTeX_Main's advance widths. Formulas mark
 * each substituted number with `\htmlData{v=name}{…}` (tex.ts, markValues), which KaTeX renders as
 * an element with `data-v="name"` around the number's glyphs.
 */

/** The glyph KaTeX sets for a minus sign. */
export const MINUS_GLYPH = '\u2212';

/** Advance widths in KaTeX_Main, in em, of what a plain decimal is made of: digits and a point. */
const DIGIT_EM = 0.5;
const POINT_EM = 0.27778;

/** The width KaTeX_Main gives a plain decimal, in em. */
export function decimalWidthEm(s: string): number {
  let w = 0;
  for (const ch of s) w += ch === '.' ? POINT_EM : DIGIT_EM;
  return w;
}

/** The marked numbers in the visible output under `root` (not the MathML copy), in document order. */
export function visibleMarks(root: ParentNode): NodeListOf<Element> {
  return root.querySelectorAll('.katex-html [data-v]');
}

/** The name a mark carries (`data-v`). */
export function markName(mark: Element): string {
  return mark.getAttribute('data-v') ?? '';
}

/** Whether a mark's output starts with KaTeX's minus glyph. */
export function startsWithMinus(mark: Element): boolean {
  return mark.querySelector('.mord')?.textContent === MINUS_GLYPH;
}

/**
 * The run holding a marked number's digits, with its text node, when the mark holds what KaTeX sets
 * for a plain number: one run of digits, or the minus's run and then the digits' (`negative`).
 * undefined for any other shape.
 */
export function digitRun(mark: Element, negative: boolean): { run: HTMLElement; text: Text } | undefined {
  const runs = mark.querySelectorAll<HTMLElement>('.mord');
  if (runs.length !== (negative ? 2 : 1)) return undefined;
  if (negative && runs[0]!.textContent !== MINUS_GLYPH) return undefined;
  const run = runs[runs.length - 1]!;
  const text = run.firstChild;
  return text instanceof Text && text.nextSibling === null ? { run, text } : undefined;
}
