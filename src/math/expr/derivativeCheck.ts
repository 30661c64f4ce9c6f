/**
 * The symbolic derivative checked, live, against forward-mode automatic differentiation (dual numbers, which
 * share no code with derive.ts) over the range a person is looking at, in words for the editor.
 */
import type { TypedExpr } from './types';

const POINTS = 201;
/** Past this relative difference the two derivatives are said to disagree. */
const AGREE = 1e-9;

export interface DerivativeCheck {
  /** Points where the loss and both derivatives are finite, and were compared. */
  readonly points: number;
  /** The largest |symbolic − dual| / max(|symbolic|, |dual|) over them (0 when equal). */
  readonly worst: number;
  /** Where `worst` was reached. */
  readonly at?: number;
  readonly symbolic?: number;
  readonly automatic?: number;
}

/** Compares expr.derivative with expr.dual at POINTS evenly spaced x in `window`. */
export function checkDerivative(expr: TypedExpr, q: ArrayLike<number>, [lo, hi]: readonly [number, number]): DerivativeCheck {
  let points = 0;
  let worst = 0;
  let at: number | undefined;
  let symbolic: number | undefined;
  let automatic: number | undefined;
  for (let i = 0; i < POINTS; i++) {
    const x = lo + ((hi - lo) * i) / (POINTS - 1);
    const s = expr.derivative(x, q);
    const [v, a] = expr.dual(x, q);
    if (!Number.isFinite(v) || !Number.isFinite(s) || !Number.isFinite(a)) continue;
    points++;
    const scale = Math.max(Math.abs(s), Math.abs(a));
    const rel = scale === 0 ? 0 : Math.abs(s - a) / scale;
    if (rel > worst || at === undefined) {
      if (rel > worst) worst = rel;
      at = x;
      symbolic = s;
      automatic = a;
    }
  }
  return { points, worst, at, symbolic, automatic };
}

const num = (v: number) => String(Number(v.toPrecision(4))).replace(/^-/, '−');

/** One sentence for the editor: how the derivative was found and how it compares. */
export function derivativeCheckText(expr: TypedExpr, q: ArrayLike<number>, window: readonly [number, number]): string {
  if (expr.derivativeKind === 'dual') return 'Derivative by automatic differentiation (the symbolic one grew too long to use).';
  const c = checkDerivative(expr, q, window);
  if (c.points === 0) return 'Derivative not checked: it is not finite anywhere on this range.';
  if (c.worst <= AGREE) {
    const agree = c.worst === 0 ? 'exactly' : `to ${c.worst.toExponential(0).replace('-', '−')}`;
    return `Derivative symbolic; it agrees with automatic differentiation ${agree} at ${c.points} points of this range.`;
  }
  return (
    `Derivative symbolic; automatic differentiation gives ${num(c.automatic!)} against ${num(c.symbolic!)} at ` +
    `${expr.variable} = ${num(c.at!)} (where the formula's branches meet, the two may take different sides).`
  );
}
