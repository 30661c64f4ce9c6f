/**
 * The Boxes lesson's numbers: the four box losses of one (predicted, target) pair, each value and gradient
 * straight from its registry spec (losses/box_iou, giou, diou, ciou), and the geometric pieces they are made
 * of (losses/boxGeometry), so the lesson, the explorer and the conformance check agree.
 */
import { boxIou } from '../losses/box_iou';
import { boxPairTerms, type Box } from '../losses/boxGeometry';
import { ciou } from '../losses/ciou';
import { diou } from '../losses/diou';
import { giou } from '../losses/giou';
import type { LossSpec } from '../types';

export type { Box } from '../losses/boxGeometry';

export const BOX_LOSS_IDS = ['box_iou', 'giou', 'diou', 'ciou'] as const;
export type BoxLossId = (typeof BOX_LOSS_IDS)[number];

const SPECS: Readonly<Record<BoxLossId, LossSpec>> = { box_iou: boxIou, giou, diou, ciou };
/** Short names for tables and labels. */
export const BOX_LOSS_NAME: Readonly<Record<BoxLossId, string>> = { box_iou: 'IoU', giou: 'GIoU', diou: 'DIoU', ciou: 'CIoU' };

export interface BoxLossRow {
  readonly id: BoxLossId;
  readonly value: number;
  /** ∂ℓ/∂(x1, y1, x2, y2) of the predicted box. */
  readonly grad: readonly [number, number, number, number];
}

/** One loss on the one-pair batch (pred, target), value and gradient as its spec computes them. */
export function boxLossRow(id: BoxLossId, pred: Box, target: Box): BoxLossRow {
  const spec = SPECS[id];
  const inputs = { pred: [[...pred]], target: [[...target]] };
  const g = (spec.grad(inputs, {}).pred as number[][])[0]!;
  return { id, value: spec.value(inputs, {}), grad: [g[0]!, g[1]!, g[2]!, g[3]!] };
}

export interface BoxPieces {
  readonly intersection: number;
  readonly union: number;
  readonly iou: number;
  /** Area of the smallest box enclosing both, and the share of it neither box covers. */
  readonly enclosingArea: number;
  readonly emptyShare: number;
  /** Squared centre distance ρ² and squared diagonal c² of the enclosing box. */
  readonly rho2: number;
  readonly c2: number;
  /** CIoU's aspect gap v and its weight α. */
  readonly v: number;
  readonly alpha: number;
  readonly overlapping: boolean;
}

/** The pieces the four losses are built from, for the lesson's sentences and its drawing. */
export function boxPieces(pred: Box, target: Box): BoxPieces {
  const t = boxPairTerms(pred, target);
  const cw = Math.max(pred[2], target[2]) - Math.min(pred[0], target[0]);
  const ch = Math.max(pred[3], target[3]) - Math.min(pred[1], target[1]);
  const dx = (pred[0] + pred[2] - target[0] - target[2]) / 2;
  const dy = (pred[1] + pred[3] - target[1] - target[3]) / 2;
  return {
    intersection: t.inter.v,
    union: t.union.v,
    iou: t.iou.v,
    enclosingArea: cw * ch,
    emptyShare: t.empty.v,
    rho2: dx * dx + dy * dy,
    c2: cw * cw + ch * ch,
    v: t.aspect.v,
    alpha: t.alpha,
    overlapping: t.inter.v > 0,
  };
}
