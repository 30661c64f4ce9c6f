/**
 * The geometry the box losses share, each quantity with its gradient with respect to the predicted box
 * p = (x1, y1, x2, y2). Every formula and every ε = 1e-7 sits where torchvision.ops puts it
 * (_loss_inter_union, generalized_box_iou_loss, _diou_iou_loss, complete_box_iou_loss), and min/max
 * split a tie's gradient in half, as PyTorch's maximum and minimum do.
 */

/** A box as (x1, y1, x2, y2) with x1 < x2 and y1 < y2. */
export type Box = readonly [x1: number, y1: number, x2: number, y2: number];
/** d/d(x1, y1, x2, y2) of the predicted box. */
export type Grad4 = readonly [number, number, number, number];

/** A scalar and its gradient with respect to the predicted box. */
export interface Term {
  readonly v: number;
  readonly d: Grad4;
}

/** torchvision's ε in the box losses. */
export const BOX_EPS = 1e-7;

/** d max(a, b)/da: 1 when a wins, ½ at a tie, else 0. */
const dMax = (a: number, b: number): number => (a > b ? 1 : a === b ? 0.5 : 0);
/** d min(a, b)/da: 1 when a wins, ½ at a tie, else 0. */
const dMin = (a: number, b: number): number => (a < b ? 1 : a === b ? 0.5 : 0);

const ZERO: Grad4 = [0, 0, 0, 0];
/** The four partials f(0), …, f(3). */
const grad4 = (f: (k: 0 | 1 | 2 | 3) => number): Grad4 => [f(0), f(1), f(2), f(3)];

/** Area (x2 − x1)(y2 − y1) of a box. */
export const area = (b: Box): number => (b[2] - b[0]) * (b[3] - b[1]);

/** The area of the predicted box and its gradient (−h, −w, h, w). */
export function predArea(p: Box): Term {
  const w = p[2] - p[0];
  const h = p[3] - p[1];
  return { v: w * h, d: [-h, -w, h, w] };
}

/**
 * Intersection area I = w∩·h∩. It counts only when both overlaps are positive; boxes that merely touch
 * (or are apart) have I = 0 and no gradient from it, as torchvision's mask gives.
 */
export function intersection(p: Box, t: Box): Term {
  const w = Math.min(p[2], t[2]) - Math.max(p[0], t[0]);
  const h = Math.min(p[3], t[3]) - Math.max(p[1], t[1]);
  if (!(w > 0 && h > 0)) return { v: 0, d: ZERO };
  return {
    v: w * h,
    d: [-dMax(p[0], t[0]) * h, -dMax(p[1], t[1]) * w, dMin(p[2], t[2]) * h, dMin(p[3], t[3]) * w],
  };
}

/** Union U = area(p) + area(t) − I, given the intersection. */
export function union(p: Box, t: Box, inter: Term): Term {
  const a = predArea(p);
  return { v: a.v + area(t) - inter.v, d: grad4((k) => a.d[k] - inter.d[k]) };
}

/** IoU as the losses use it: I/(U + ε). */
export function iouTerm(inter: Term, uni: Term): Term {
  const den = uni.v + BOX_EPS;
  return { v: inter.v / den, d: grad4((k) => (inter.d[k] * den - inter.v * uni.d[k]) / (den * den)) };
}

/** Width and height of the smallest box enclosing both, with their gradients. */
function enclosing(p: Box, t: Box): { w: Term; h: Term } {
  return {
    w: { v: Math.max(p[2], t[2]) - Math.min(p[0], t[0]), d: [-dMin(p[0], t[0]), 0, dMax(p[2], t[2]), 0] },
    h: { v: Math.max(p[3], t[3]) - Math.min(p[1], t[1]), d: [0, -dMin(p[1], t[1]), 0, dMax(p[3], t[3])] },
  };
}

/** GIoU's penalty (A_c − U)/(A_c + ε): the share of the enclosing box that neither box covers. */
export function emptyShare(p: Box, t: Box, uni: Term): Term {
  const { w, h } = enclosing(p, t);
  const ac = w.v * h.v;
  const dac = grad4((k) => w.d[k] * h.v + w.v * h.d[k]);
  const den = ac + BOX_EPS;
  return {
    v: (ac - uni.v) / den,
    d: grad4((k) => ((dac[k] - uni.d[k]) * den - (ac - uni.v) * dac[k]) / (den * den)),
  };
}

/** DIoU's penalty ρ²/(c² + ε): squared centre distance over the enclosing box's squared diagonal. */
export function centrePull(p: Box, t: Box): Term {
  const { w, h } = enclosing(p, t);
  const c2 = w.v * w.v + h.v * h.v + BOX_EPS;
  const dc2 = grad4((k) => 2 * w.v * w.d[k] + 2 * h.v * h.d[k]);
  const dx = (p[2] + p[0]) / 2 - (t[0] + t[2]) / 2;
  const dy = (p[3] + p[1]) / 2 - (t[1] + t[3]) / 2;
  const rho2 = dx * dx + dy * dy;
  const drho2: Grad4 = [dx, dy, dx, dy];
  return { v: rho2 / c2, d: grad4((k) => (drho2[k] * c2 - rho2 * dc2[k]) / (c2 * c2)) };
}

/** CIoU's aspect term v = (4/π²)(atan(w_t/h_t) − atan(w_p/h_p))²: 0 when the boxes have one aspect ratio. */
export function aspectGap(p: Box, t: Box): Term {
  const w = p[2] - p[0];
  const h = p[3] - p[1];
  const k = 4 / (Math.PI * Math.PI);
  const gap = Math.atan((t[2] - t[0]) / (t[3] - t[1])) - Math.atan(w / h);
  const r2 = w * w + h * h;
  // d atan(w/h)/dw = h/(w² + h²), d atan(w/h)/dh = −w/(w² + h²)
  const dw = -2 * k * gap * (h / r2);
  const dh = 2 * k * gap * (w / r2);
  return { v: k * gap * gap, d: [-dw, -dh, dw, dh] };
}

/** CIoU's trade-off weight α = v/(1 − IoU + v + ε), a constant in the gradient (computed without one). */
export const aspectWeight = (v: number, iou: number): number => v / (1 - iou + v + BOX_EPS);

/** Every quantity of one (predicted, target) pair that the four losses and the Boxes lesson show. */
export interface BoxPairTerms {
  readonly inter: Term;
  readonly union: Term;
  readonly iou: Term;
  readonly empty: Term;
  readonly centre: Term;
  readonly aspect: Term;
  readonly alpha: number;
}

export function boxPairTerms(p: Box, t: Box): BoxPairTerms {
  const inter = intersection(p, t);
  const uni = union(p, t, inter);
  const iou = iouTerm(inter, uni);
  const aspect = aspectGap(p, t);
  return {
    inter,
    union: uni,
    iou,
    empty: emptyShare(p, t, uni),
    centre: centrePull(p, t),
    aspect,
    alpha: aspectWeight(aspect.v, iou.v),
  };
}
