import type { Box } from '../../../src/math/lessons/boxes';
import { clamp } from '../../../src/math/numerics';
import { MIN_SIDE, PLANE } from './state';

/** Which part of the predicted box a handle moves: the whole box, or one edge (its coordinate's index). */
export type BoxPart = 'move' | 0 | 1 | 2 | 3;

/** Keys move 0.1, with Shift 0.5; a drag snaps to 0.05. */
const STEP = 0.1;
const BIG_STEP = 0.5;
/** Two decimals: what the link writes and the value text says, with no float noise. */
const tidy = (v: number) => Math.round(v * 100) / 100;
export const snap = (v: number) => Math.round(v * 20) / 20;

/** The box moved by (dx, dy), stopped at the plane's edges, keeping its size. */
export function moveBox(b: Box, dx: number, dy: number): Box {
  const mx = clamp(dx, PLANE[0] - b[0], PLANE[1] - b[2]);
  const my = clamp(dy, PLANE[0] - b[1], PLANE[1] - b[3]);
  return [tidy(b[0] + mx), tidy(b[1] + my), tidy(b[2] + mx), tidy(b[3] + my)];
}

/** The box with edge k at v, held to the plane and at least MIN_SIDE from the opposite edge. */
export function setEdge(b: Box, k: 0 | 1 | 2 | 3, v: number): Box {
  const out: [number, number, number, number] = [b[0], b[1], b[2], b[3]];
  out[k] = tidy(k < 2 ? clamp(v, PLANE[0], b[k + 2]! - MIN_SIDE) : clamp(v, b[k - 2]! + MIN_SIDE, PLANE[1]));
  return out;
}

/** The box after `key` on the handle of `part`, or undefined when the key is not the handle's. */
export function keyEdit(b: Box, part: BoxPart, key: string, shift: boolean): Box | undefined {
  const d = shift ? BIG_STEP : STEP;
  const dx = key === 'ArrowRight' ? d : key === 'ArrowLeft' ? -d : 0;
  // y grows downwards: the up arrow moves a box or an edge up the screen.
  const dy = key === 'ArrowDown' ? d : key === 'ArrowUp' ? -d : 0;
  if (part === 'move') return dx || dy ? moveBox(b, dx, dy) : undefined;
  const along = part % 2 === 0 ? dx : dy;
  return along ? setEdge(b, part, b[part] + along) : undefined;
}

/** The box after a pointer at (x, y) in plane units drags the handle of `part`. */
export function dragEdit(b: Box, part: BoxPart, x: number, y: number): Box {
  if (part === 'move') return moveBox(b, snap(x) - (b[0] + b[2]) / 2, snap(y) - (b[1] + b[3]) / 2);
  return setEdge(b, part, snap(part % 2 === 0 ? x : y));
}
