/** compileExpression: text → TypedExpr or an ExprError. Helper h1 writes it. */
import type { CompileResult } from './types';

export interface CompileOptions {
  /** Names the caller reserves (link keys of the view): a parameter may not take one. */
  readonly reserved?: readonly string[];
}

export function compileExpression(text: string, variable: string, options: CompileOptions = {}): CompileResult {
  void options;
  return { ok: false, error: { message: `the formula parser is not built yet (${variable}, ${text.length} characters)` } };
}
