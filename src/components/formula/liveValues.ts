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
/** A plain number with or without a minus, which KaTeX sets as a glyph of its own before the digits. */
const SIGNED = /^-?\d+(?:\.\d+)?$/;
/** The glyph KaTeX sets for a minus sign. */
const MINUS = '\u2212';

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
 * every one of them, old and new, is a plain decimal, with a minus on both sides or on neither (so
 * its glyphs are the same runs: a run of digits, after the minus's own glyph if there is one);
 * otherwise undefined and the formula must be typeset again.
 */
export function valueOnlyChange(shown: string, next: string): Map<string, string> | undefined {
  if (shown === next) return undefined;
  if (shown.replace(MARK, '\\v{$1}') !== next.replace(MARK, '\\v{$1}')) return undefined;
  const before = markedValues(shown);
  const after = markedValues(next);
  if (!before || !after || after.size === 0) return undefined;
  for (const [name, value] of after) {
    const was = before.get(name) ?? '';
    if (!SIGNED.test(value) || !SIGNED.test(was) || value.startsWith('-') !== was.startsWith('-')) return undefined;
  }
  return after;
}

/** Advance widths in KaTeX_Main, in em, of what a plain decimal is made of: digits and a point. */
const DIGIT_EM = 0.5;
const POINT_EM = 0.27778;

/** The width KaTeX_Main gives a plain decimal, in em. */
export function decimalWidthEm(s: string): number {
  let w = 0;
  for (const ch of s) w += ch === '.' ? POINT_EM : DIGIT_EM;
  return w;
}

// Runs made into boxes since their formula was typeset, with the width (em) each box has now.
const boxed = new WeakMap<HTMLElement, number>();

/**
 * Makes each run an inline box of its own exact width with size and layout containment, so that when
 * its digits change the browser lays out only that box, not the formula's nested tables around it
 * (about 1 ms a frame for Huber's two formulas here, against 0.2). Values written to their slider's
 * precision keep their digit count through a drag, so the box keeps its size; when the count does
 * change, the box takes the new exact width and the line is laid out again (no gap, no overlap).
 * Runs whose width is not KaTeX_Main's (a fallback font, an unrendered formula) are left alone.
 */
function box(runs: readonly HTMLElement[]): void {
  const fresh = runs.filter((r) => !boxed.has(r));
  if (fresh.length === 0) return;
  const before = fresh.map((r) => ({ rect: r.getBoundingClientRect(), size: parseFloat(getComputedStyle(r).fontSize) }));
  const ok = fresh.filter((r, i) => {
    const { rect, size } = before[i]!;
    return rect.height > 0 && Math.abs(rect.width - decimalWidthEm(r.textContent ?? '') * size) < 0.5;
  });
  for (const r of ok) {
    const em = decimalWidthEm(r.textContent ?? '');
    const { rect } = before[fresh.indexOf(r)]!;
    r.style.cssText = `display:inline-block;contain:size layout style;position:relative;width:${em}em;height:${rect.height}px`;
    boxed.set(r, em);
  }
  // A box with layout containment has no baseline of its own: it sits on the line by its bottom edge.
  // Move each back to where its glyphs were (vertical-align: a length raises the box).
  const shifts = ok.map((r) => r.getBoundingClientRect().top - before[fresh.indexOf(r)]!.rect.top);
  ok.forEach((r, i) => {
    r.style.verticalAlign = `${shifts[i]!}px`;
  });
}

/**
 * The run holding a marked number's digits, with its text node, when the mark holds what KaTeX sets
 * for a plain number: one run of digits, or the minus's run and then the digits' (`negative`).
 * undefined for any other shape.
 */
function digitRun(mark: Element, negative: boolean): { run: HTMLElement; text: Text } | undefined {
  const runs = mark.querySelectorAll<HTMLElement>('.mord');
  if (runs.length !== (negative ? 2 : 1)) return undefined;
  if (negative && runs[0]!.textContent !== MINUS) return undefined;
  const run = runs[runs.length - 1]!;
  const text = run.firstChild;
  return text instanceof Text && text.nextSibling === null ? { run, text } : undefined;
}

/** The digit run of each marked plain number, signed or not, in KaTeX's visible output under `root`. */
function valueRuns(root: ParentNode): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const mark of root.querySelectorAll('.katex-html [data-v]')) {
    const found = digitRun(mark, mark.querySelector('.mord')?.textContent === MINUS);
    if (found && PLAIN.test(found.text.data)) out.push(found.run);
  }
  return out;
}

/**
 * Boxes the marked numbers under `root` ahead of their first rewrite. Measuring them needs the
 * formula laid out: called after a frame has painted, that layout is already done and the
 * measuring is nearly free, where the first rewrite of a drag would have forced a layout of the
 * page first (about 5 ms in that frame here). What is boxed already is left as it is.
 */
export function boxValues(root: ParentNode): void {
  box(valueRuns(root));
}

/**
 * Writes `values` into KaTeX's visible output under `root`. Returns false, writing nothing, when the
 * output does not have the expected shape (a mark with no or several glyph runs, or an unknown name).
 * The MathML copy for screen readers is not touched: callers typeset again once the value rests.
 */
export function writeValues(root: ParentNode, values: ReadonlyMap<string, string>): boolean {
  const edits: [HTMLElement, Text, string][] = [];
  for (const mark of root.querySelectorAll('.katex-html [data-v]')) {
    const value = values.get(mark.getAttribute('data-v') ?? '');
    if (value === undefined) return false;
    const negative = value.startsWith('-');
    const found = digitRun(mark, negative);
    if (!found) return false;
    edits.push([found.run, found.text, negative ? value.slice(1) : value]);
  }
  if (edits.length === 0) return false;
  box(edits.map(([run]) => run));
  for (const [run, text, value] of edits) {
    if (text.data === value) continue;
    // The text node's data changes in place: assigning textContent would replace the node, and the
    // browser would build its layout object again.
    text.data = value;
    const em = boxed.get(run);
    const need = decimalWidthEm(value);
    if (em !== undefined && em !== need) {
      run.style.width = `${need}em`;
      boxed.set(run, need);
    }
  }
  return true;
}
