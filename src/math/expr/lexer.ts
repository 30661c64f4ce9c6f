/**
 * Splits a formula into tokens. Anything outside the grammar's alphabet is refused here with a message that
 * names what it looks like (a string, an array, property access, an assignment), so no later stage sees it.
 */
import { FormulaError } from './errors';

export type TokenKind = 'num' | 'name' | 'op' | 'end';

export interface Token {
  readonly kind: TokenKind;
  /** The operator (`**` already read as `^`), the name, or the number's digits. */
  readonly text: string;
  /** The number's value (num tokens). */
  readonly value: number;
  /** 1-based position of the token's first character in the text. */
  readonly at: number;
}

const TWO_CHAR_OPS = new Set(['<=', '>=', '==', '!=']);
const ONE_CHAR_OPS = new Set(['+', '-', '*', '/', '^', '(', ')', ',', '<', '>']);
/** Typographic signs people paste from papers, read as the ASCII operator they mean. */
const LOOKALIKES = new Map([
  ['\u2212', '-'],
  ['\u00d7', '*'],
  ['\u00b7', '*'],
  ['\u22c5', '*'],
]);

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isNameStart = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
const isNameChar = (c: string | undefined) => isNameStart(c) || isDigit(c) || c === '_';
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** The tokens of `text`, ending with an `end` token; throws FormulaError at the first character outside the grammar. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (kind: TokenKind, tokenText: string, at: number, value = NaN) => tokens.push({ kind, text: tokenText, value, at: at + 1 });
  while (i < text.length) {
    const c = text[i]!;
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (isDigit(c) || (c === '.' && isDigit(text[i + 1]))) {
      const start = i;
      i = scanNumber(text, i);
      const digits = text.slice(start, i);
      if (text[i] === '.') throw new FormulaError(`a number has a second decimal point at ${i + 1}`, i + 1);
      push('num', digits, start, Number(digits));
      continue;
    }
    if (isNameStart(c)) {
      const start = i;
      while (isNameChar(text[i])) i++;
      push('name', text.slice(start, i), start);
      if (text[i] === '.') throw new FormulaError(`property access is not allowed (\`.\` at ${i + 1})`, i + 1);
      continue;
    }
    const two = text.slice(i, i + 2);
    if (two === '**') {
      push('op', '^', i);
      i += 2;
      continue;
    }
    if (TWO_CHAR_OPS.has(two)) {
      push('op', two, i);
      i += 2;
      continue;
    }
    if (ONE_CHAR_OPS.has(c) || LOOKALIKES.has(c)) {
      push('op', LOOKALIKES.get(c) ?? c, i);
      i++;
      continue;
    }
    throw refusal(text, i, tokens);
  }
  tokens.push({ kind: 'end', text: '', value: NaN, at: text.length + 1 });
  return tokens;
}

/** The end of the number starting at `i`: digits ['.' digits] [e [+|-] digits], or '.' digits [exponent]. */
function scanNumber(text: string, start: number): number {
  let i = start;
  while (isDigit(text[i])) i++;
  if (text[i] === '.') {
    i++;
    while (isDigit(text[i])) i++;
  }
  if (text[i] === 'e' || text[i] === 'E') {
    let j = i + 1;
    if (text[j] === '+' || text[j] === '-') j++;
    if (isDigit(text[j])) {
      while (isDigit(text[j])) j++;
      i = j;
    }
  }
  return i;
}

/** The message for a character the grammar has no place for, naming the construct it suggests. */
function refusal(text: string, i: number, before: readonly Token[]): FormulaError {
  const c = text[i]!;
  const at = i + 1;
  if (c === '"' || c === "'" || c === '`') return new FormulaError(`strings are not allowed (\`${c}\` at ${at})`, at);
  if (c === '[' || c === ']' || c === '{' || c === '}') {
    return new FormulaError(`arrays, matrices and indexing are not allowed (\`${c}\` at ${at})`, at);
  }
  if (c === ';') return new FormulaError(`a formula is one expression: \`;\` is not allowed (at ${at})`, at);
  if (c === '.') return new FormulaError(`property access is not allowed (\`.\` at ${at})`, at);
  if (c === '&' || c === '|') return new FormulaError(`write \`${c === '&' ? 'and' : 'or'}\` to join conditions (\`${c}\` at ${at})`, at);
  if (c === '!') return new FormulaError(`write \`not\` to negate a condition (\`!\` at ${at})`, at);
  if (c === '_') return new FormulaError(`names cannot start with \`_\` (at ${at})`, at);
  if (c === '=') {
    if (text[i + 1] === '>') return new FormulaError(`defining a function is not allowed (\`=>\` at ${at})`, at);
    const last = before[before.length - 1];
    if (last?.kind === 'op' && last.text === ')') return new FormulaError(`defining a function is not allowed (\`=\` at ${at})`, at);
    return new FormulaError(`assignment is not allowed (\`=\` at ${at}); write == to compare`, at);
  }
  const code = text.codePointAt(i)!;
  const shown = code < 32 || code === 127 ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : String.fromCodePoint(code);
  return new FormulaError(`unexpected character \`${shown}\` at ${at}`, at);
}
