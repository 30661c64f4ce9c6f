import type { ExprError } from '../../math/expr/types';

/** A slider range from two typed numbers, or why it is not one. */
export function parseRange(rawLo: string, rawHi: string): readonly [number, number] | string {
  const num = (s: string) => (/^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(s) ? Number(s) : NaN);
  const lo = num(rawLo);
  const hi = num(rawHi);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return 'Both ends must be numbers.';
  if (!(lo < hi)) return 'The start must be below the end.';
  return [lo, hi];
}

/** The parser's message as shown under the field, with the place it points at when the message does not say it. */
export function faultText(error: ExprError): string {
  const at = error.at;
  if (at === undefined || new RegExp(`\\bat ${at}\\b`).test(error.message)) return error.message;
  return `${error.message} (at character ${at})`;
}
