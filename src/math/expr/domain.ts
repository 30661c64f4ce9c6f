/** Where a typed formula is undefined or not finite over a window, in words. Helper h1b writes it. */
import type { TypedExpr } from './types';

/** Sentences such as "undefined for r < 0" or "not finite for x > 1.88"; empty when defined everywhere on the window. */
export function undefinedParts(expr: TypedExpr, q: ArrayLike<number>, window: readonly [number, number]): string[] {
  void expr;
  void q;
  void window;
  return [];
}
