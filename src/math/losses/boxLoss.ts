import { mean } from '../numerics';
import { uniform } from '../random';
import { LossInputError, mat, sameLength } from '../tensor';
import type { Grads, InputSpec, Inputs, Profile, Rng } from '../types';
import type { Box, Term } from './boxGeometry';

/**
 * Shared plumbing of the four box losses (box_iou, giou, diou, ciou): each is a mean over box pairs of a
 * per-pair loss with its gradient (a Term), so a loss file keeps only that function and its words.
 */
export type PairLoss = (p: Box, t: Box) => Term;

export const BOX_INPUTS: readonly InputSpec[] = [
  { name: 'pred', shape: '[n][4]', meaning: 'predicted boxes (x1, y1, x2, y2), x1 < x2 and y1 < y2', differentiable: true },
  { name: 'target', shape: '[n][4]', meaning: 'target boxes (x1, y1, x2, y2), x1 < x2 and y1 < y2', differentiable: false },
];

/** The input `name` as boxes; throws a LossInputError naming the input and row for anything that is not a box. */
export function readBoxes(inputs: Inputs, name: string): readonly Box[] {
  const rows = mat(inputs, name);
  return rows.map((r, i) => {
    if (r.length !== 4) throw new LossInputError(`input "${name}" must have 4 columns (x1, y1, x2, y2), got ${r.length}`);
    if (!r.every(Number.isFinite)) throw new LossInputError(`input "${name}" row ${i} has a coordinate that is not finite`);
    const [x1, y1, x2, y2] = r as [number, number, number, number];
    if (!(x2 > x1)) throw new LossInputError(`input "${name}" row ${i} has x2 ≤ x1 (${x2} ≤ ${x1}); a box needs x1 < x2`);
    if (!(y2 > y1)) throw new LossInputError(`input "${name}" row ${i} has y2 ≤ y1 (${y2} ≤ ${y1}); a box needs y1 < y2`);
    return [x1, y1, x2, y2] as const;
  });
}

function readPairs(inputs: Inputs): { pred: readonly Box[]; target: readonly Box[] } {
  const pred = readBoxes(inputs, 'pred');
  const target = readBoxes(inputs, 'target');
  sameLength(pred, target);
  return { pred, target };
}

/** mean over pairs of the per-pair loss. */
export function boxValue(inputs: Inputs, loss: PairLoss): number {
  const { pred, target } = readPairs(inputs);
  return mean(pred.map((p, i) => loss(p, target[i]!).v));
}

/** ∂/∂pred of the mean: each pair's gradient over n. */
export function boxGrad(inputs: Inputs, loss: PairLoss): Grads {
  const { pred, target } = readPairs(inputs);
  const n = pred.length;
  return { pred: pred.map((p, i) => loss(p, target[i]!).d.map((g) => g / n)) };
}

/** The profile's target: the 2 × 2 square centred on the origin. */
export const OFFSET_TARGET: Box = [-1, -1, 1, 1];
/** The profile's prediction: the same square moved x to the right. */
export const offsetBox = (x: number): Box => [x - 1, -1, x + 1, 1];

/**
 * The 'offset' profile every box loss shares: the predicted box is the target's 2 × 2 square slid
 * sideways by x, so the boxes overlap for |x| < 2 and are apart beyond. d/dx moves x1 and x2 together.
 */
export function offsetProfile(loss: PairLoss): Profile {
  return {
    axis: 'offset',
    label: 'horizontal offset x of the predicted box from the target',
    xTex: 'x',
    xText: 'x',
    domain: [-5, 5],
    held: 'target box (−1, −1)–(1, 1); predicted box the same 2 × 2 square moved x to the right',
    value: (x) => loss(offsetBox(x), OFFSET_TARGET).v,
    derivative: (x) => {
      const d = loss(offsetBox(x), OFFSET_TARGET).d;
      return d[0] + d[2];
    },
    piece: (x) => (Math.abs(x) < 2 ? 0 : 1),
    batch: (x) => ({
      inputs: { pred: [[...offsetBox(x)]], target: [[...OFFSET_TARGET]] },
      dx: (g) => {
        const row = (g.pred as number[][])[0]!;
        return row[0]! + row[2]!;
      },
    }),
  };
}

/**
 * Random box pairs: targets of side 0.5–4 on a 10 × 10 field, predictions near them (often overlapping,
 * sometimes apart). With `keepAspect` each prediction is its target scaled, so their aspect ratios agree.
 */
export function sampleBoxes(rng: Rng, n: number, keepAspect = false): Inputs {
  const pred: number[][] = [];
  const target: number[][] = [];
  for (let i = 0; i < n; i++) {
    const [tx, ty, tw, th] = [uniform(rng, 0, 10), uniform(rng, 0, 10), uniform(rng, 0.5, 4), uniform(rng, 0.5, 4)];
    const s = uniform(rng, 0.5, 1.6);
    const [pw, ph] = keepAspect ? [tw * s, th * s] : [tw * s, th * uniform(rng, 0.5, 1.6)];
    const [px, py] = [tx + tw / 2 + uniform(rng, -2.5, 2.5), ty + th / 2 + uniform(rng, -2.5, 2.5)];
    target.push([tx, ty, tx + tw, ty + th]);
    pred.push([px - pw / 2, py - ph / 2, px + pw / 2, py + ph / 2]);
  }
  return { pred, target };
}
