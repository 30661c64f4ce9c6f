/**
 * Which points of a polyline in pixel coordinates a path needs: within each run of defined
 * points, Douglas–Peucker keeps only the points that deviate more than `tolerance` pixels from
 * the chord between the points kept around them, so the drawn line moves by at most that much.
 * A straight stretch collapses to its two ends; a curve keeps what its curvature needs. Points
 * where `defined` is false are always kept (they break the line).
 */
export function keepPoints(
  px: ArrayLike<number>,
  py: ArrayLike<number>,
  defined: (i: number) => boolean,
  tolerance: number,
): number[] {
  const n = Math.min(px.length, py.length);
  const keep = new Uint8Array(n);
  let start = -1;
  for (let i = 0; i <= n; i++) {
    const ok = i < n && defined(i);
    if (ok && start < 0) start = i;
    if (!ok) {
      if (start >= 0) markRun(px, py, start, i - 1, tolerance * tolerance, keep);
      start = -1;
      if (i < n) keep[i] = 1;
    }
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) out.push(i);
  return out;
}

/** Douglas–Peucker over px/py[first..last], with an explicit stack; marks kept points in `keep`. */
function markRun(px: ArrayLike<number>, py: ArrayLike<number>, first: number, last: number, tol2: number, keep: Uint8Array) {
  keep[first] = 1;
  keep[last] = 1;
  const stack = [first, last];
  while (stack.length > 0) {
    const b = stack.pop()!;
    const a = stack.pop()!;
    const ax = px[a]!;
    const ay = py[a]!;
    const dx = px[b]! - ax;
    const dy = py[b]! - ay;
    const len2 = dx * dx + dy * dy;
    let worst = -1;
    let worstD2 = tol2;
    for (let i = a + 1; i < b; i++) {
      const ex = px[i]! - ax;
      const ey = py[i]! - ay;
      // squared distance from the chord segment (not the infinite line: a spike can overshoot its end)
      const t = len2 > 0 ? Math.min(1, Math.max(0, (ex * dx + ey * dy) / len2)) : 0;
      const fx = ex - t * dx;
      const fy = ey - t * dy;
      const d2 = fx * fx + fy * fy;
      if (d2 > worstD2) {
        worstD2 = d2;
        worst = i;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push(a, worst, worst, b);
    }
  }
}
