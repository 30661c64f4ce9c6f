import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRng } from '../random';
import { LossInputError, withDefaults } from '../tensor';
import type { Inputs, LossSpec, Params } from '../types';
import { getLoss } from './index';
import { OVERLAP_MASK, overlapProbs } from './overlap';

const must = (id: string): LossSpec => {
  const s = getLoss(id);
  if (!s) throw new Error(`no loss ${id}`);
  return s;
};
const dice = must('dice');
const iou = must('iou');
const tversky = must('tversky');
const focalTversky = must('focal_tversky');
const combo = must('combo');
const bce = must('bce');
const seeds = fc.integer({ min: 1, max: 2 ** 31 - 1 });
const close = (a: number, b: number, rel = 1e-12) => expect(Math.abs(a - b)).toBeLessThanOrEqual(rel * Math.max(1e-300, Math.abs(b)) + 1e-15);
const closeAll = (a: readonly number[], b: readonly number[], rel = 1e-12) => {
  expect(a.length).toBe(b.length);
  const scale = Math.max(...b.map(Math.abs));
  a.forEach((x, i) => expect(Math.abs(x - b[i]!)).toBeLessThanOrEqual(rel * scale));
};
const probGrad = (spec: LossSpec, inputs: Inputs, params: Params) => spec.grad(inputs, params).prob as number[];
const sample = (s: number, n = 7) => must('iou').sample(seededRng(s), n);
const smooths = fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 10, noNaN: true }));

describe('segmentation losses against each other', () => {
  it('combo with α = 1 is bce and with α = 0 is dice, value and gradient', () => {
    fc.assert(fc.property(seeds, smooths, (s, smooth) => {
      const inputs = sample(s);
      close(combo.value(inputs, { alpha: 1, smooth }), bce.value(inputs, {}));
      closeAll(probGrad(combo, inputs, { alpha: 1, smooth }), probGrad(bce, inputs, {}));
      close(combo.value(inputs, { alpha: 0, smooth }), dice.value(inputs, { smooth }));
      closeAll(probGrad(combo, inputs, { alpha: 0, smooth }), probGrad(dice, inputs, { smooth }), 1e-10);
    }));
  });

  it('combo is linear in α between its two ends', () => {
    fc.assert(fc.property(seeds, fc.double({ min: 0, max: 1, noNaN: true }), (s, alpha) => {
      const inputs = sample(s);
      const mix = alpha * bce.value(inputs, {}) + (1 - alpha) * dice.value(inputs, { smooth: 1 });
      close(combo.value(inputs, { alpha, smooth: 1 }), mix, 1e-11);
    }));
  });

  it('tversky with α = β = ½ is dice with twice the smoothing (the same loss at smooth 0)', () => {
    fc.assert(fc.property(seeds, smooths, (s, smooth) => {
      const inputs = sample(s);
      close(tversky.value(inputs, { alpha: 0.5, beta: 0.5, smooth }), dice.value(inputs, { smooth: 2 * smooth }));
      closeAll(probGrad(tversky, inputs, { alpha: 0.5, beta: 0.5, smooth }), probGrad(dice, inputs, { smooth: 2 * smooth }), 1e-10);
    }));
  });

  it('tversky with α = β = 1 is iou with the same smoothing', () => {
    fc.assert(fc.property(seeds, smooths, (s, smooth) => {
      const inputs = sample(s);
      close(tversky.value(inputs, { alpha: 1, beta: 1, smooth }), iou.value(inputs, { smooth }));
      closeAll(probGrad(tversky, inputs, { alpha: 1, beta: 1, smooth }), probGrad(iou, inputs, { smooth }));
    }));
  });

  it('focal_tversky with γ = 1 is tversky, and with γ = 2 its square', () => {
    fc.assert(fc.property(seeds, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (s, alpha, beta) => {
      const inputs = sample(s);
      const ps = { alpha, beta, smooth: 1 };
      const tv = tversky.value(inputs, ps);
      close(focalTversky.value(inputs, { ...ps, gamma: 1 }), tv);
      closeAll(probGrad(focalTversky, inputs, { ...ps, gamma: 1 }), probGrad(tversky, inputs, ps));
      close(focalTversky.value(inputs, { ...ps, gamma: 2 }), tv * tv);
    }));
  });

  it('with smooth 0, the IoU loss is 2d/(1 + d) for the Dice loss d (Jaccard J = D/(2 − D))', () => {
    fc.assert(fc.property(seeds, (s) => {
      const inputs = sample(s);
      const d = dice.value(inputs, { smooth: 0 });
      close(iou.value(inputs, { smooth: 0 }), (2 * d) / (1 + d));
    }));
  });
});

describe('segmentation losses on hand-worked batches', () => {
  // p = [1, ½, 0], y = [1, 1, 0]: overlap I = 1.5, Σp = 1.5, Σy = 2, false positives 0, false negatives 0.5.
  const inputs = { prob: [1, 0.5, 0], target: [1, 1, 0] };

  it('iou: union 2, loss 1 − 1.5/2 = 0.25; with smooth 1, 1 − 2.5/3 = 1/6', () => {
    close(iou.value(inputs, { smooth: 0 }), 0.25);
    close(iou.value(inputs, { smooth: 1 }), 1 / 6);
    // ∂/∂p = −1/U on the foreground, (I + s)/U² on the background: −1/2, −1/2, 1.5/4
    closeAll(probGrad(iou, inputs, { smooth: 0 }), [-0.5, -0.5, 0.375]);
  });

  it('tversky: 1 − 1.5/(1.5 + 0.3·0 + 0.7·0.5) with α = 0.3, β = 0.7', () => {
    close(tversky.value(inputs, { alpha: 0.3, beta: 0.7, smooth: 0 }), 1 - 1.5 / 1.85);
  });

  it('combo: ½·mean BCE + ½·Dice = ½·(log 2)/3 + ½·(1 − 3/3.5)', () => {
    close(combo.value(inputs, { alpha: 0.5, smooth: 0 }), 0.5 * (Math.LN2 / 3) + 0.5 * (1 - 3 / 3.5));
  });
});

describe('segmentation numerics', () => {
  it('a near-perfect mask keeps full relative precision (no 1 − (number near 1))', () => {
    // Probabilities 2⁻⁴⁰ away from the mask, exactly representable, so the error masses are exact.
    const e = 2 ** -40;
    const target = [1, 1, 1, 0, 0, 0, 0, 0];
    const prob = target.map((t) => (t === 1 ? 1 - e : e));
    const inputs = { prob, target };
    const tp = 3 * (1 - e);
    const fp = 5 * e;
    const fn = 3 * e;
    close(iou.value(inputs, { smooth: 1 }), (fp + fn) / (tp + fp + fn + 1), 1e-14);
    close(dice.value(inputs, { smooth: 1 }), (fp + fn) / (2 * tp + fp + fn + 1), 1e-14);
    close(tversky.value(inputs, { alpha: 0.3, beta: 0.7, smooth: 1 }), (0.3 * fp + 0.7 * fn) / (tp + 0.3 * fp + 0.7 * fn + 1), 1e-14);
    close(focalTversky.value(inputs, { alpha: 0.3, beta: 0.7, gamma: 0.75, smooth: 1 }),
      ((0.3 * fp + 0.7 * fn) / (tp + 0.3 * fp + 0.7 * fn + 1)) ** 0.75, 1e-14);
  });

  it('a perfect mask costs 0; focal_tversky with γ < 1 has an unbounded, not NaN, slope there', () => {
    const inputs = { prob: [1, 0, 1, 0], target: [1, 0, 1, 0] };
    for (const spec of [dice, iou, tversky, focalTversky, combo]) expect(spec.value(inputs, withDefaults(spec))).toBe(0);
    const g = probGrad(focalTversky, inputs, withDefaults(focalTversky));
    expect(g[0]).toBe(-Infinity);
    expect(g[1]).toBe(Infinity);
    expect(probGrad(focalTversky, inputs, { ...withDefaults(focalTversky), gamma: 2 })).toEqual([0, 0, 0, 0]);
  });

  it('pushes every foreground probability up and every background one down', () => {
    fc.assert(fc.property(seeds, (s) => {
      const inputs = sample(s, 6);
      const t = inputs.target as number[];
      for (const spec of [dice, iou, tversky, focalTversky, combo]) {
        const g = probGrad(spec, inputs, withDefaults(spec));
        g.forEach((gi, i) => (t[i] === 1 ? expect(gi).toBeLessThan(0) : expect(gi).toBeGreaterThan(0)));
      }
    }));
  });

  it('refuses bad masks and parameters with a message naming them', () => {
    expect(() => iou.value({ prob: [0.5, 1.2], target: [1, 0] }, { smooth: 1 })).toThrow(/prob/);
    expect(() => iou.value({ prob: [0.5, 0.2], target: [1, 0.5] }, { smooth: 1 })).toThrow(/target/);
    expect(() => iou.value({ prob: [0, 0], target: [0, 0] }, { smooth: 0 })).toThrow(LossInputError);
    expect(() => tversky.value({ prob: [0.5], target: [1] }, { alpha: -0.5, beta: 0.5, smooth: 1 })).toThrow(/alpha/);
  });
});

describe("the 'overlap' slice", () => {
  const specs = [dice, iou, tversky, focalTversky, combo];
  const profileOf = (spec: LossSpec) => spec.profiles.find((p) => p.axis === 'overlap')!;

  it('puts x on the foreground pixels and 1 − x on the background ones', () => {
    expect(overlapProbs(0.25)).toEqual(OVERLAP_MASK.map((t) => (t === 1 ? 0.25 : 0.75)));
    expect(OVERLAP_MASK.filter((t) => t === 1).length).toBeGreaterThan(0);
  });

  it('every segmentation loss has one, falling to 0 at the perfect mask x = 1', () => {
    for (const spec of specs) {
      const prof = profileOf(spec);
      const ps = withDefaults(spec);
      expect(prof.value(1, ps)).toBe(0);
      let last = Infinity;
      for (let k = 1; k < 20; k++) {
        const v = prof.value(k / 20, ps);
        expect(v).toBeLessThan(last);
        expect(prof.derivative(k / 20, ps)).toBeLessThan(0);
        last = v;
      }
    }
  });

  it('IoU lies above Dice at every partial overlap', () => {
    for (let k = 1; k < 20; k++) expect(profileOf(iou).value(k / 20, { smooth: 0 })).toBeGreaterThan(profileOf(dice).value(k / 20, { smooth: 0 }));
  });

  it('shows a gap, not an exception, for a linked parameter outside the loss’s own range', () => {
    expect(profileOf(tversky).value(0.5, { alpha: -5, beta: 0.5, smooth: 1 })).toBeNaN();
  });
});
