import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRng } from '../random';
import { LossInputError } from '../tensor';
import type { Inputs, LossSpec } from '../types';
import { boxIou } from './box_iou';
import { aspectGap, boxPairTerms, BOX_EPS, type Box } from './boxGeometry';
import { ciou } from './ciou';
import { diou, diouPair } from './diou';
import { sampleBoxes } from './boxLoss';
import { giou } from './giou';

const ALL: readonly LossSpec[] = [boxIou, giou, diou, ciou];

/** A box from a corner, a width and a height. */
const boxAt = (x: number, y: number, w: number, h: number): Box => [x, y, x + w, y + h];
const one = (p: Box, t: Box): Inputs => ({ pred: [[...p]], target: [[...t]] });
const gradRow = (spec: LossSpec, p: Box, t: Box) => (spec.grad(one(p, t), {}).pred as number[][])[0]!;
const close = (got: number, want: number, rel = 1e-12) =>
  expect(Math.abs(got - want)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(want)));

const coord = fc.double({ min: -50, max: 50, noNaN: true });
const side = fc.double({ min: 0.1, max: 20, noNaN: true });
const box = fc.tuple(coord, coord, side, side).map(([x, y, w, h]) => boxAt(x, y, w, h));
/** Coordinates on a grid of 1/8: sums, differences and halves are exact, so moving a pair keeps its ties. */
const eighth = (lo: number, hi: number) => fc.integer({ min: lo * 8, max: hi * 8 }).map((k) => k / 8);
const gridBox = fc.tuple(eighth(-50, 50), eighth(-50, 50), eighth(0.125, 20), eighth(0.125, 20))
  .map(([x, y, w, h]) => boxAt(x, y, w, h));
/** No coordinate of one box within `d` of one of the other (min/max switch nowhere near). */
const apartBy = (p: Box, t: Box, d: number) => p.every((a) => t.every((b) => Math.abs(a - b) > d));

describe('box losses', () => {
  it('all four equal ε/(A + ε) ≈ 0 when the prediction is the target', () => {
    fc.assert(fc.property(box, (b) => {
      const a = (b[2] - b[0]) * (b[3] - b[1]);
      const want = BOX_EPS / (a + BOX_EPS);
      for (const spec of ALL) close(spec.value(one(b, b), {}), want, 1e-9);
    }));
  });

  it("box_iou's gradient is exactly 0 for boxes apart, while giou's is not", () => {
    fc.assert(fc.property(box, box, (t, q) => {
      // q moved to start to the right of t, at a random height: apart, possibly diagonally
      const gap = t[2] - q[0] + 0.01;
      const p: Box = [q[0] + gap, q[1], q[2] + gap, q[3]];
      expect(boxIou.value(one(p, t), {})).toBe(1);
      expect(gradRow(boxIou, p, t)).toEqual([0, 0, 0, 0]);
      expect(gradRow(giou, p, t).some((g) => g !== 0)).toBe(true);
    }));
  });

  it('a box beside its target (same rows, apart) is pulled back sideways by giou and diou', () => {
    fc.assert(fc.property(box, side, fc.double({ min: 0.01, max: 30, noNaN: true }), (t, w, gap) => {
      const p: Box = [t[2] + gap, t[1], t[2] + gap + w, t[3]];
      // moving the prediction left, towards the target, lowers the loss: ∂/∂x1 + ∂/∂x2 > 0
      for (const spec of [giou, diou]) {
        const g = gradRow(spec, p, t);
        expect(g[0]! + g[2]!).toBeGreaterThan(0);
      }
    }));
  });

  it('giou lies in [0, 2) and diou is never below box_iou', () => {
    fc.assert(fc.property(box, box, (p, t) => {
      const g = giou.value(one(p, t), {});
      expect(g).toBeGreaterThanOrEqual(0);
      expect(g).toBeLessThan(2);
      expect(diou.value(one(p, t), {})).toBeGreaterThanOrEqual(boxIou.value(one(p, t), {}));
    }));
  });

  it('is unchanged when both boxes move together', () => {
    fc.assert(fc.property(gridBox, gridBox, eighth(-100, 100), eighth(-100, 100), (p, t, dx, dy) => {
      const move = (b: Box): Box => [b[0] + dx, b[1] + dy, b[2] + dx, b[3] + dy];
      for (const spec of ALL) {
        close(spec.value(one(move(p), move(t)), {}), spec.value(one(p, t), {}));
        const g0 = gradRow(spec, p, t);
        const scale = Math.max(...g0.map(Math.abs));
        gradRow(spec, move(p), move(t)).forEach((g, k) => expect(Math.abs(g - g0[k]!)).toBeLessThanOrEqual(1e-12 * scale));
      }
    }));
  });

  it('ciou equals diou, value and gradient, when the prediction has the target’s aspect ratio', () => {
    fc.assert(fc.property(box, coord, coord, fc.double({ min: 0.2, max: 5, noNaN: true }), (t, cx, cy, s) => {
      const [w, h] = [(t[2] - t[0]) * s, (t[3] - t[1]) * s];
      const p = boxAt(cx, cy, w, h);
      expect(aspectGap(p, t).v).toBeLessThan(1e-20); // rounding of w/h only
      close(ciou.value(one(p, t), {}), diou.value(one(p, t), {}));
      const gc = gradRow(ciou, p, t);
      gradRow(diou, p, t).forEach((g, k) => close(gc[k]!, g, 1e-9));
    }));
  });

  it("ciou's gradient is DIoU's plus α·∂v with α frozen: finite differences of diou + α₀·v agree", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
      // random pairs of different shapes, continuous, so no min/max ties
      const { pred, target } = sampleBoxes(seededRng(seed), 1) as { pred: Box[]; target: Box[] };
      const [p, t] = [pred[0]!, target[0]!];
      fc.pre(apartBy(p, t, 1e-3));
      const alpha0 = boxPairTerms(p, t).alpha;
      const frozen = (b: Box) => diouPair(b, t).v + alpha0 * aspectGap(b, t).v;
      const g = gradRow(ciou, p, t);
      for (let k = 0; k < 4; k++) {
        const step = 1e-6 * Math.max(1, Math.abs(p[k]!));
        const at = (e: number): Box => p.map((v, j) => (j === k ? v + e : v)) as unknown as Box;
        const [fp, f0, fm] = [frozen(at(step)), frozen(p), frozen(at(-step))];
        const [fwd, bwd] = [(fp - f0) / step, (f0 - fm) / step];
        expect(Math.abs(fwd - bwd)).toBeLessThanOrEqual(1e-3 * Math.max(1, Math.abs(fwd))); // smooth here
        const central = (fp - fm) / (2 * step);
        expect(Math.abs(g[k]! - central)).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(central)));
      }
    }));
  });

  describe('on the offset profile (a 2 × 2 square slid sideways past the same square)', () => {
    // Closed forms for this slice: I = 2(2 − |x|) while |x| < 2, U = 8 − I, A_c = 2(2 + |x|),
    // ρ² = x², c² = (2 + |x|)² + 4.
    const xs = [-4.5, -3.1, -2.2, -1.7, -0.6, 0.3, 1.2, 1.9, 2.4, 3.3, 4.9];
    const I = (x: number) => Math.max(0, 2 * (2 - Math.abs(x)));
    const Ac = (x: number) => 2 * (2 + Math.abs(x));
    const c2 = (x: number) => (2 + Math.abs(x)) ** 2 + 4;
    const iouLoss = (x: number) => 1 - I(x) / (8 - I(x) + BOX_EPS);

    it.each(xs)('x = %d: each loss has its closed form', (x) => {
      const prof = (s: LossSpec) => s.profiles[0]!;
      close(prof(boxIou).value(x, {}), iouLoss(x));
      close(prof(giou).value(x, {}), iouLoss(x) + (Ac(x) - (8 - I(x))) / (Ac(x) + BOX_EPS));
      close(prof(diou).value(x, {}), iouLoss(x) + (x * x) / (c2(x) + BOX_EPS));
      close(prof(ciou).value(x, {}), prof(diou).value(x, {}));
    });

    it.each(xs.filter((x) => Math.abs(x) > 2))('x = %d, apart: IoU is flat and GIoU and DIoU slope back', (x) => {
      const s = Math.sign(x);
      expect(boxIou.profiles[0]!.derivative(x, {})).toBe(0);
      // d/dx (A_c − 8)/(A_c + ε) with dA_c/dx = 2·sign(x)
      close(giou.profiles[0]!.derivative(x, {}), (2 * s * (8 + BOX_EPS)) / (Ac(x) + BOX_EPS) ** 2);
      // d/dx x²/(c² + ε) with dc²/dx = 2(2 + |x|)·sign(x)
      const den = c2(x) + BOX_EPS;
      close(diou.profiles[0]!.derivative(x, {}), (2 * x * den - x * x * 2 * (2 + Math.abs(x)) * s) / (den * den));
    });
  });

  describe('rejects what is not a box, naming the input', () => {
    const good: number[][] = [[0, 0, 1, 1]];
    const cases: [string, Inputs, RegExp][] = [
      ['x2 < x1 in pred', { pred: [[2, 0, 1, 1]], target: good }, /"pred" row 0 has x2 ≤ x1/],
      ['y2 = y1 in target', { pred: good, target: [[0, 3, 1, 3]] }, /"target" row 0 has y2 ≤ y1/],
      ['three columns', { pred: [[0, 0, 1]], target: good }, /"pred" must have 4 columns/],
      ['a NaN', { pred: good, target: [[0, Number.NaN, 1, 1]] }, /"target" row 0 has a coordinate that is not finite/],
      ['different counts', { pred: [...good, ...good], target: good }, /different lengths/],
    ];
    it.each(cases)('%s', (_, inputs, message) => {
      for (const spec of ALL) {
        expect(() => spec.value(inputs, {})).toThrow(LossInputError);
        expect(() => spec.grad(inputs, {})).toThrow(message);
      }
    });
  });
});
