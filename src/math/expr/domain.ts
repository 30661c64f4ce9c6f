/**
 * Where a typed formula is undefined (NaN) or not finite (±∞) over a window, in words: the parts the curve
 * leaves out, named under the field ("undefined for r < 0"). Sampled, then each boundary refined by bisection.
 */
import type { TypedExpr } from './types';

const SAMPLES = 1001;
const BISECTIONS = 50;
/** Sentences written before the rest is summed up as "and elsewhere". */
const MAX_SENTENCES = 3;

interface Run {
  readonly from: number;
  readonly to: number;
  /** How many samples in the run are NaN (the others are infinite). */
  readonly nan: number;
}

const minus = (s: string) => s.replace(/^-/, '−');

/**
 * Sentences such as "undefined for r < 0", "not finite for x > 1.88", "undefined for −1 ≤ r ≤ 1", "not finite
 * at r = 0" or "undefined everywhere on this range"; empty when ℓ(x; q) is finite all over `window`. At most
 * three, then "and elsewhere". A boundary is written to 3 significant digits, or exactly when it lies within
 * 1e-9 (relative) of 0, an integer or a half — then ≤ / ≥ says whether the boundary itself is left out.
 */
export function undefinedParts(expr: TypedExpr, q: ArrayLike<number>, window: readonly [number, number]): string[] {
  const lo = Math.min(window[0], window[1]);
  const hi = Math.max(window[0], window[1]);
  const at = (i: number) => (i === SAMPLES - 1 ? hi : lo + ((hi - lo) * i) / (SAMPLES - 1));
  const bad = (x: number) => !Number.isFinite(expr.value(x, q));
  const runs = badRuns(expr, q, at);
  if (runs.length === 0) return [];
  const v = expr.variable;
  const scale = Math.max(hi - lo, Number.MIN_VALUE);
  const sentences = runs.slice(0, MAX_SENTENCES).map((run) => {
    const label = run.nan * 2 >= run.to - run.from + 1 ? 'undefined' : 'not finite';
    if (run.from === 0 && run.to === SAMPLES - 1) return `${label} everywhere on this range`;
    const left = run.from === 0 ? undefined : boundary(at(run.from - 1), at(run.from), bad, scale);
    const right = run.to === SAMPLES - 1 ? undefined : boundary(at(run.to + 1), at(run.to), bad, scale);
    const [l, r] = [left?.text ?? minus(String(lo)), right?.text ?? minus(String(hi))];
    if (l === r) return `${label} at ${v} = ${l}`;
    if (!left) return `${label} for ${v} ${right!.closed ? '≤' : '<'} ${r}`;
    if (!right) return `${label} for ${v} ${left.closed ? '≥' : '>'} ${l}`;
    return `${label} for ${l} ${left.closed ? '≤' : '<'} ${v} ${right.closed ? '≤' : '<'} ${r}`;
  });
  return runs.length > MAX_SENTENCES ? [...sentences, 'and elsewhere'] : sentences;
}

/** Maximal runs of samples where ℓ is NaN or infinite (the two kinds together: log r is −∞ at 0 and NaN below). */
function badRuns(expr: TypedExpr, q: ArrayLike<number>, at: (i: number) => number): Run[] {
  const runs: Run[] = [];
  let start = -1;
  let nan = 0;
  for (let i = 0; i <= SAMPLES; i++) {
    const y = i < SAMPLES ? expr.value(at(i), q) : 0;
    if (!Number.isFinite(y)) {
      if (start < 0) [start, nan] = [i, 0];
      if (Number.isNaN(y)) nan++;
    } else if (start >= 0) {
      runs.push({ from: start, to: i - 1, nan });
      start = -1;
    }
  }
  return runs;
}

/**
 * The edge between a good sample and a bad one, by bisection (the bad end is kept, so an isolated bad sample is
 * its own boundary), as text; `closed` when it was snapped to a round number at which ℓ itself is left out.
 */
function boundary(good: number, badX: number, bad: (x: number) => boolean, scale: number): { text: string; closed: boolean } {
  let [g, b] = [good, badX];
  for (let k = 0; k < BISECTIONS; k++) {
    const mid = (g + b) / 2;
    if (mid === g || mid === b) break;
    if (bad(mid)) b = mid;
    else g = mid;
  }
  const half = Math.round(b * 2) / 2;
  if (Math.abs(b - half) <= 1e-9 * Math.max(Math.abs(b), scale)) {
    return { text: minus(String(half === 0 ? 0 : half)), closed: bad(half) };
  }
  return { text: minus(String(Number(b.toPrecision(3)))), closed: false };
}
