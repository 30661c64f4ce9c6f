/**
 * The metric-learning lesson in the plane: distances from an anchor, the triplet loss of each negative and
 * which kind it is (easy, semi-hard, hard), and the contrastive loss of the anchor's pairs. The per-pair
 * losses are the registry's (losses/triplet, losses/contrastive), so the lesson and the explorer agree.
 */
import { contrastiveAt } from '../losses/contrastive';
import { tripletAt } from '../losses/triplet';
import { norm, sub } from '../numerics-metric';
import { mean } from '../numerics';

export type Point = readonly [x: number, y: number];

/** ‖a − b‖₂. */
export function distance(a: Point, b: Point): number {
  return norm(sub(a, b));
}

/**
 * Where a negative at distance d_an from the anchor sits relative to the positive at d_ap, for margin m ≥ 0:
 * hard when it is nearer than the positive (d_an < d_ap), semi-hard when it is farther but inside the margin
 * (d_ap ≤ d_an < d_ap + m), easy when it is at least the margin beyond (d_an ≥ d_ap + m): exactly the
 * negatives whose triplet loss max(0, d_ap − d_an + m) is 0.
 */
export type NegativeKind = 'hard' | 'semi-hard' | 'easy';

export function negativeKind(dap: number, dan: number, margin: number): NegativeKind {
  if (dan < dap) return 'hard';
  return dan < dap + margin ? 'semi-hard' : 'easy';
}

export interface TripletRow {
  readonly dan: number;
  readonly kind: NegativeKind;
  readonly loss: number;
}

export interface TripletTable {
  /** Anchor–positive distance; the margin ring has radius dap + margin. */
  readonly dap: number;
  readonly rows: readonly TripletRow[];
  /** Mean triplet loss over the negatives (one triplet per negative), as TripletMarginLoss's mean. */
  readonly mean: number;
}

/** One triplet (anchor, positive, negative) per negative. */
export function tripletTable(anchor: Point, positive: Point, negatives: readonly Point[], margin: number): TripletTable {
  const dap = distance(anchor, positive);
  const rows = negatives.map((n) => {
    const dan = distance(anchor, n);
    return { dan, kind: negativeKind(dap, dan, margin), loss: tripletAt(dap, dan, margin) };
  });
  return { dap, rows, mean: mean(rows.map((r) => r.loss)) };
}

export interface PairRow {
  readonly d: number;
  readonly loss: number;
}

export interface ContrastiveTable {
  /** The similar pair (anchor, positive): ½d². */
  readonly positive: PairRow;
  /** The dissimilar pairs (anchor, negative): ½max(0, m − d)², zero beyond the margin ring of radius m. */
  readonly negatives: readonly PairRow[];
  /** Mean over all pairs, as the registry's contrastive loss reduces. */
  readonly mean: number;
}

export function contrastiveTable(anchor: Point, positive: Point, negatives: readonly Point[], margin: number): ContrastiveTable {
  const pd = distance(anchor, positive);
  const pos = { d: pd, loss: contrastiveAt(pd, 1, margin) };
  const negs = negatives.map((n) => {
    const d = distance(anchor, n);
    return { d, loss: contrastiveAt(d, 0, margin) };
  });
  return { positive: pos, negatives: negs, mean: mean([pos.loss, ...negs.map((r) => r.loss)]) };
}

/** Coordinates a point can take: a square box, positions kept to two decimals so links stay exact. */
export const PLANE_BOX: readonly [min: number, max: number] = [-3, 3];
export const PLANE_STEP = 0.1;
export const PLANE_BIG_STEP = 0.5;

/** Rounds to 0.01 and holds to PLANE_BOX. */
export function snap(v: number): number {
  const r = Math.round(v * 100) / 100;
  return Math.min(PLANE_BOX[1], Math.max(PLANE_BOX[0], r === 0 ? 0 : r));
}

/** A point moved by an arrow key (0.1, or 0.5 with Shift; up is +y); undefined for other keys. */
export function movePoint(p: Point, key: string, shift: boolean): Point | undefined {
  const s = shift ? PLANE_BIG_STEP : PLANE_STEP;
  const d: Record<string, Point> = { ArrowLeft: [-s, 0], ArrowRight: [s, 0], ArrowUp: [0, s], ArrowDown: [0, -s] };
  const step = d[key];
  return step ? [snap(p[0] + step[0]), snap(p[1] + step[1])] : undefined;
}

/** Spots where “add a negative” puts the next one, in turn (they differ so a new point is never hidden). */
export const NEW_NEGATIVE_SPOTS: readonly Point[] = [
  [1.5, 1.5],
  [-2, -1.5],
  [0.3, -1.2],
  [2.4, -0.6],
  [-1.2, 2.2],
];
