/**
 * Writes marked numbers into KaTeX's visible output in place, each in a box of its own. The README's
 * "Speed" section says what each step saves; `npm run bench` measures it.
 */

import { decimalWidthEm, digitRun, markName, startsWithMinus, visibleMarks } from './katexOutput';

/** A plain number KaTeX sets as one run of digits: no sign, no exponent, nothing but digits and a point. */
const PLAIN = /^\d+(?:\.\d+)?$/;

export interface NumberBoxes {
  /**
   * Boxes the marked numbers under `root` ahead of their first rewrite. Measuring them needs the
   * formula laid out: called after a frame has painted, that layout is already done and measuring
   * is nearly free, where the first rewrite of a drag would force a layout of the page first. What
   * is boxed already is left as it is.
   */
  readonly boxAll: (root: ParentNode) => void;
  /**
   * Writes `values` into the visible output under `root`. Returns false, writing nothing, when the
   * output does not have the expected shape (a mark with no or several glyph runs, or an unknown
   * name). The MathML copy for screen readers is not touched: callers typeset again once the value
   * rests.
   */
  readonly write: (root: ParentNode, values: ReadonlyMap<string, string>) => boolean;
}

/** Number boxes for one formula: remembers which runs it has boxed, and at what width. */
export function createNumberBoxes(): NumberBoxes {
  // Runs made into boxes since their formula was typeset, with the width (em) each box has now.
  const boxed = new WeakMap<HTMLElement, number>();

  /**
   * Makes each run an inline box of its own exact width with size and layout containment, so that
   * when its digits change the browser lays out only that box, not the formula's nested tables
   * around it. Values written to their slider's precision keep their digit count through a drag, so
   * the box keeps its size; when the count does change, the box takes the new exact width and the
   * line is laid out again (no gap, no overlap). Runs whose width is not KaTeX_Main's (a fallback
   * font, an unrendered formula) are left alone.
   */
  const box = (runs: readonly HTMLElement[]): void => {
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
    // A box with layout containment has no baseline of its own: it sits on the line by its bottom
    // edge. Move each back to where its glyphs were (vertical-align: a length raises the box).
    const shifts = ok.map((r) => r.getBoundingClientRect().top - before[fresh.indexOf(r)]!.rect.top);
    ok.forEach((r, i) => {
      r.style.verticalAlign = `${shifts[i]!}px`;
    });
  };

  const boxAll = (root: ParentNode): void => {
    const runs: HTMLElement[] = [];
    for (const mark of visibleMarks(root)) {
      const found = digitRun(mark, startsWithMinus(mark));
      if (found && PLAIN.test(found.text.data)) runs.push(found.run);
    }
    box(runs);
  };

  const write = (root: ParentNode, values: ReadonlyMap<string, string>): boolean => {
    const edits: [HTMLElement, Text, string][] = [];
    for (const mark of visibleMarks(root)) {
      const value = values.get(markName(mark));
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
  };

  return { boxAll, write };
}
