/** From this figure width on, the table sits beside the picture; below it when narrower. */
const BESIDE = 720;
const PANEL = 400;

/** The picture's square side in CSS px for the width the figure gets. */
export function figureSide(width: number): number {
  const w = Math.max(240, width);
  return Math.round(w >= BESIDE ? Math.min(440, Math.max(280, w - PANEL)) : Math.min(w, 420));
}

/**
 * A number as the tables show it: exactly 0 as “0”, tiny values in exponent form (so a gradient of 1e-10 is not
 * mistaken for 0), others with four decimals. ASCII minus, so a reader can parse it back.
 */
export function show(v: number): string {
  if (v === 0) return '0';
  if (Math.abs(v) < 5e-5) return v.toExponential(2);
  return v.toFixed(4);
}

/** A number in a sentence: three significant digits. */
export function say(v: number): string {
  return String(Number(v.toPrecision(3)));
}
