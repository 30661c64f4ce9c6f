/**
 * Pure arithmetic for zooming and panning an x-range [from, to] in data units. Every operation
 * returns undefined when its result would be absurd, so a caller can keep the current range.
 */
import { clamp } from '../../math/numerics';

export type XRange = readonly [from: number, to: number];

/** Narrowest and widest range a chart accepts (data units). */
export const MIN_WIDTH = 1e-6;
export const MAX_WIDTH = 1e6;

/** True for a finite range with from < to and MIN_WIDTH ≤ to − from ≤ MAX_WIDTH. */
export function isValidRange(d: readonly [number, number]): boolean {
  const [a, b] = d;
  if (!Number.isFinite(a) || !Number.isFinite(b) || !(a < b)) return false;
  const w = b - a;
  return w >= MIN_WIDTH && w <= MAX_WIDTH;
}

/** `d` when it is a valid range, otherwise undefined. */
export function checkedRange(d: readonly [number, number]): XRange | undefined {
  return isValidRange(d) ? [d[0], d[1]] : undefined;
}

/**
 * Scales the range about `center` by `factor` (< 1 zooms in, > 1 zooms out): the point at
 * `center` stays where it is on screen.
 */
export function zoomAround(d: XRange, center: number, factor: number): XRange | undefined {
  if (!Number.isFinite(center) || !Number.isFinite(factor) || factor <= 0) return undefined;
  return checkedRange([center + (d[0] - center) * factor, center + (d[1] - center) * factor]);
}

/** Zooms about the middle of the range. */
export function zoomCenter(d: XRange, factor: number): XRange | undefined {
  return zoomAround(d, (d[0] + d[1]) / 2, factor);
}

/** Moves the range by `delta` data units (positive moves the view to the right). */
export function shiftBy(d: XRange, delta: number): XRange | undefined {
  if (!Number.isFinite(delta)) return undefined;
  return checkedRange([d[0] + delta, d[1] + delta]);
}

/** Moves the range by a fraction of its width (0.2 = a fifth to the right). */
export function panByFraction(d: XRange, fraction: number): XRange | undefined {
  return shiftBy(d, (d[1] - d[0]) * fraction);
}

/**
 * The range after dragging the plot `dxPixels` to the right over a plot `widthPixels` wide,
 * starting from `start`: the data under the pointer follows it, so the range moves left.
 */
export function dragRange(start: XRange, dxPixels: number, widthPixels: number): XRange | undefined {
  if (!(widthPixels > 0)) return undefined;
  return shiftBy(start, (-dxPixels * (start[1] - start[0])) / widthPixels);
}

/** Pixels per wheel "line" and "page" (WheelEvent.deltaMode 1 and 2). */
const LINE_PX = 16;
const PAGE_PX = 400;

/** A wheel delta in pixels, whatever unit the browser reported it in. */
export function wheelPixels(delta: number, deltaMode: number): number {
  return delta * (deltaMode === 1 ? LINE_PX : deltaMode === 2 ? PAGE_PX : 1);
}

/**
 * Zoom factor for a vertical wheel delta in pixels: exp(k·delta), so scrolling down (positive)
 * zooms out and up zooms in, clamped to [1/2, 2] per event so one flick cannot jump too far.
 */
export function wheelZoomFactor(deltaPixels: number): number {
  if (!Number.isFinite(deltaPixels)) return 1;
  return clamp(Math.exp(deltaPixels * 0.002), 0.5, 2);
}

/** `x` clamped into the range. */
export function clampTo(d: XRange, x: number): number {
  return clamp(x, d[0], d[1]);
}

/** Whether two ranges have the same ends. */
export function sameRange(a: XRange, b: XRange): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Why a typed range is refused, in words, or undefined when it is acceptable. */
export function rangeProblem(d: readonly [number, number]): string | undefined {
  const [a, b] = d;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return 'both ends must be numbers';
  if (!(a < b)) return '“x from” must be less than “x to”';
  if (b - a < MIN_WIDTH) return `the range must be at least ${MIN_WIDTH} wide`;
  if (b - a > MAX_WIDTH) return `the range must be at most ${MAX_WIDTH} wide`;
  return undefined;
}

/**
 * Where a key moves a cursor at `now` inside range `d`, or undefined for a key that does not move it:
 * arrows by `step` (×10 with Shift), Page Up/Down by 10 steps, Home/End to the ends; the result is
 * clamped to the range, and a cursor outside it starts from the nearer end.
 */
export function cursorKey(key: string, shift: boolean, now: number, d: XRange, step: number): number | undefined {
  const s = step * (shift ? 10 : 1);
  const at = clampTo(d, now);
  const next =
    key === 'ArrowRight' || key === 'ArrowUp' ? at + s
    : key === 'ArrowLeft' || key === 'ArrowDown' ? at - s
    : key === 'PageUp' ? at + 10 * step
    : key === 'PageDown' ? at - 10 * step
    : key === 'Home' ? d[0]
    : key === 'End' ? d[1]
    : undefined;
  return next === undefined ? undefined : clampTo(d, next);
}
