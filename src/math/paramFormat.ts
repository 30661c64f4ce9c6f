import type { ParamSpec } from './types';

/** Decimal places implied by a step, so 0.05 shows as 1.25 and not 1.2500000000000002. */
export function stepDecimals(step: number): number {
  const s = String(step);
  const e = /e-(\d+)$/.exec(s);
  if (e) return Number(e[1]);
  return s.includes('.') ? s.split('.')[1]!.length : 0;
}

/**
 * A linear parameter's value written to its slider's precision ("1.50" for a 0.05 step), or
 * undefined when that would drop digits (a value typed or linked off the step grid), for a log or
 * integer parameter, or beyond ±1e6. While a slider moves, every value it gives then has the same
 * digit count, so a typeset number keeps its width from frame to frame.
 */
export function atStepPrecision(v: number, p: ParamSpec): string | undefined {
  if (p.integer || p.scale === 'log' || !Number.isFinite(v) || Math.abs(v) >= 1e6) return undefined;
  const s = v.toFixed(stepDecimals(p.step));
  return Number(s) === v ? s : undefined;
}
