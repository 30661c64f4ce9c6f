/**
 * Which numbers of a typeset formula can follow a slider in place. Formulas mark each substituted
 * parameter value as `\htmlData{v=name}{1.25}` (tex.ts, markValues). When a slider moves, the new
 * TeX usually differs from the typeset one only inside those marks; then the glyphs are rewritten in
 * place (numberBoxes.ts), which costs a text change instead of a KaTeX run and a relayout of the
 * whole formula. Pure string functions: no DOM.
 */

import { VALUE_MARKS as MARK } from '../../math/tex';

/** A plain number with or without a minus, which KaTeX sets as a glyph of its own before the digits. */
const SIGNED = /^-?\d+(?:\.\d+)?$/;

/**
 * The TeX as a person would write it, for showing the source while KaTeX is missing: every
 * `\htmlData{…}{body}` (value marks, the active branch's marks) is replaced by its body.
 */
export function withoutMarks(tex: string): string {
  const open = '\\htmlData{';
  let out = '';
  let i = 0;
  for (let at = tex.indexOf(open); at >= 0; at = tex.indexOf(open, i)) {
    const keyEnd = closingBrace(tex, at + open.length - 1);
    if (keyEnd < 0 || tex[keyEnd + 1] !== '{') break;
    const bodyEnd = closingBrace(tex, keyEnd + 1);
    if (bodyEnd < 0) break;
    out += tex.slice(i, at) + withoutMarks(tex.slice(keyEnd + 2, bodyEnd));
    i = bodyEnd + 1;
  }
  return out + tex.slice(i);
}

/** The index of the `}` that closes the `{` at `open` (braces escaped as `\{` do not count); -1 if none. */
function closingBrace(tex: string, open: number): number {
  let depth = 0;
  for (let k = open; k < tex.length; k++) {
    const c = tex[k];
    if (c === '\\') k++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return k;
  }
  return -1;
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
