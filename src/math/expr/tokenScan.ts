/** Looks at tokens without consuming them: what a stray token is called, and whether a parenthesis holds a condition. */
import { FormulaError } from './errors';
import { type Token } from './lexer';
import { KEYWORDS } from './names';

export const CMP_OPS = new Set<string>(['<', '<=', '>', '>=', '==', '!=']);
const CONDITION_WORDS = new Set(['and', 'or', 'not']);

/** The message for token `t`, which cannot come where it stands. */
export function unexpectedToken(t: Token): FormulaError {
  if (t.kind === 'end') return new FormulaError(`the formula ends too early: expected a number, name or ( at ${t.at}`, t.at);
  if (t.kind === 'op' && CMP_OPS.has(t.text)) {
    return new FormulaError(`a comparison can only be the condition of where or if at ${t.at}`, t.at);
  }
  if (t.kind === 'name' && (t.text === 'and' || t.text === 'or')) {
    return new FormulaError(`\`${t.text}\` can only join the conditions of where or if at ${t.at}`, t.at);
  }
  if (t.kind === 'num' || (t.kind === 'name' && !KEYWORDS.has(t.text)) || (t.kind === 'op' && t.text === '(')) {
    return new FormulaError(`missing operator before \`${t.text}\` at ${t.at} (write * for a product)`, t.at);
  }
  return new FormulaError(`unexpected ${t.kind === 'name' ? `\`${t.text}\`` : t.text} at ${t.at}`, t.at);
}

/**
 * Whether the parenthesis at tokens[at] holds a condition: a comparison, `and`, `or` or `not` stands
 * directly inside it (and no `if`), or inside the one parenthesis that is all it holds (`((r < 0))`).
 */
export function parenHoldsCondition(tokens: readonly Token[], at: number): boolean {
  let open = at;
  for (;;) {
    let depth = 0;
    let innerGroupEnd = -1;
    for (let j = open; j < tokens.length; j++) {
      const t = tokens[j]!;
      if (t.kind === 'end') return false;
      // an if can only start a formula: its own condition is no sign of a condition here
      if (depth === 1 && t.kind === 'name' && t.text === 'if') return false;
      if (t.kind === 'op' && t.text === '(') depth++;
      else if (t.kind === 'op' && t.text === ')') {
        depth--;
        if (depth === 1 && tokens[open + 1]?.text === '(' && innerGroupEnd === -1) innerGroupEnd = j;
        if (depth === 0) {
          if (innerGroupEnd !== j - 1) return false;
          break;
        }
      } else if (depth === 1 && ((t.kind === 'op' && CMP_OPS.has(t.text)) || (t.kind === 'name' && CONDITION_WORDS.has(t.text)))) {
        return true;
      }
    }
    open++;
  }
}
