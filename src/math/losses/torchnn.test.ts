import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logSoftmax } from '../numerics';
import { normals, seededRng } from '../random';
import { LossInputError } from '../tensor';
import type { Grads, Inputs, LossSpec, Params } from '../types';
import { getLoss } from './index';

const must = (id: string): LossSpec => {
  const s = getLoss(id);
  if (!s) throw new Error(`no loss ${id}`);
  return s;
};
const seeds = fc.integer({ min: 1, max: 2 ** 31 - 1 });
const close = (a: number, b: number, rel = 1e-12) => expect(Math.abs(a - b)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(b)));
const flat = (t: unknown) => (t as unknown[]).flat(3) as number[];
const closeArr = (a: unknown, b: unknown, rel = 1e-12) => {
  const x = flat(a);
  const y = flat(b);
  expect(x.length).toBe(y.length);
  const scale = Math.max(1e-300, ...y.map(Math.abs));
  x.forEach((v, k) => expect(Math.abs(v - y[k]!)).toBeLessThanOrEqual(rel * scale));
};
const value = (id: string, inputs: Inputs, params: Params = {}) => must(id).value(inputs, params);
const grad = (id: string, inputs: Inputs, params: Params = {}): Grads => must(id).grad(inputs, params);

describe('equivalences with losses already in the catalog', () => {
  it('soft_margin is bce_logits with target (y + 1)/2, value and gradient', () => {
    fc.assert(fc.property(seeds, (s) => {
      const { x, y } = must('soft_margin').sample(seededRng(s), 6) as { x: number[]; y: number[] };
      const bce = { logit: x, target: y.map((v) => (v + 1) / 2) };
      close(value('soft_margin', { x, y }), value('bce_logits', bce));
      closeArr(grad('soft_margin', { x, y }).x, grad('bce_logits', bce).logit);
    }));
  });

  it('nll of log_softmax(logits) is softmax cross-entropy; its gradient pulled back through log_softmax matches', () => {
    fc.assert(fc.property(seeds, (s) => {
      const rng = seededRng(s);
      const logits = Array.from({ length: 4 }, () => normals(rng, 5, 3));
      const target = [0, 1, 2, 3].map(() => Math.floor(rng() * 5));
      const logprobs = logits.map((r) => logSoftmax(r));
      close(value('nll', { logprobs, target }), value('softmax_ce', { logits, target }, { label_smoothing: 0 }));
      // d/dz = g − softmax(z)·Σg for log_softmax's Jacobian.
      const g = grad('nll', { logprobs, target }).logprobs as number[][];
      const pulled = g.map((row, i) => {
        const tot = row.reduce((a, b) => a + b, 0);
        return row.map((gj, j) => gj - Math.exp(logprobs[i]![j]!) * tot);
      });
      closeArr(pulled, grad('softmax_ce', { logits, target }, { label_smoothing: 0 }).logits, 1e-11);
    }));
  });

  it('weighted_ce with all weights equal is softmax cross-entropy, with and without smoothing', () => {
    fc.assert(fc.property(seeds, fc.double({ min: 0.01, max: 100, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (s, w, eps) => {
      const { logits, target } = must('softmax_ce').sample(seededRng(s), 5);
      const weighted = { logits: logits!, target: target!, weight: [w, w, w, w] };
      const params = { label_smoothing: eps };
      close(value('weighted_ce', weighted, params), value('softmax_ce', { logits: logits!, target: target! }, params));
      closeArr(grad('weighted_ce', weighted, params).logits, grad('softmax_ce', { logits: logits!, target: target! }, params).logits);
    }));
  });

  it('weighted_ce is the weighted mean of per-sample cross-entropies (no smoothing), as if each sample were repeated w times', () => {
    const logits = [[1, 0, -1], [0.5, 2, 0]];
    const target = [0, 1];
    // Weight 3 on class 0 and 1 on class 1: the same as a batch with the first sample three times.
    const repeated = { logits: [logits[0]!, logits[0]!, logits[0]!, logits[1]!], target: [0, 0, 0, 1] };
    close(value('weighted_ce', { logits, target, weight: [3, 1, 5] }, { label_smoothing: 0 }), value('softmax_ce', repeated, { label_smoothing: 0 }));
  });

  it('multilabel_soft_margin is bce_logits averaged over every entry', () => {
    fc.assert(fc.property(seeds, (s) => {
      const { logits, target } = must('multilabel_soft_margin').sample(seededRng(s), 4) as { logits: number[][]; target: number[][] };
      const bce = { logit: logits.flat(), target: target.flat() };
      close(value('multilabel_soft_margin', { logits, target }), value('bce_logits', bce));
      closeArr(grad('multilabel_soft_margin', { logits, target }).logits, grad('bce_logits', bce).logit);
    }));
  });

  it('multilabel_margin with one label per row is the multiclass hinge (margin 1, power 1) divided by C', () => {
    fc.assert(fc.property(seeds, (s) => {
      const rng = seededRng(s);
      const scores = Array.from({ length: 4 }, () => normals(rng, 4, 1.5));
      const ids = scores.map(() => Math.floor(rng() * 4));
      const padded = ids.map((k) => [k, -1, -1, -1]);
      close(4 * value('multilabel_margin', { scores, target: padded }), value('multiclass_hinge', { scores, target: ids }, { margin: 1, p: 1 }));
    }));
  });

  it('gaussian_nll with every variance 1 is half the MSE, plus ½·log 2π when full', () => {
    fc.assert(fc.property(seeds, (s) => {
      const { pred, target } = must('mse').sample(seededRng(s), 5);
      const ones = (pred as number[]).map(() => 1);
      const half = 0.5 * value('mse', { pred: pred!, target: target! });
      close(value('gaussian_nll', { pred: pred!, target: target!, var: ones }, { full: 'false' }), half);
      close(value('gaussian_nll', { pred: pred!, target: target!, var: ones }, { full: 'true' }), half + 0.5 * Math.log(2 * Math.PI));
    }));
  });

  it('hinge_embedding on dissimilar pairs is the hinge with label +1 and score x', () => {
    fc.assert(fc.property(seeds, fc.double({ min: 0, max: 3, noNaN: true }), (s, margin) => {
      const x = normals(seededRng(s), 6, 2);
      const y = x.map(() => -1);
      close(value('hinge_embedding', { x, y }, { margin }), value('hinge', { score: x, target: y.map(() => 1) }, { margin }));
    }));
  });

  it('center loss is the contrastive loss of similar pairs (½d²) between each feature and its centre', () => {
    fc.assert(fc.property(seeds, (s) => {
      const { x, centers, y } = must('center').sample(seededRng(s), 5) as { x: number[][]; centers: number[][]; y: number[] };
      const pairs = { x1: x, x2: y.map((k) => centers[k]!), y: y.map(() => 1) };
      close(value('center', { x, centers, y }), value('contrastive', pairs, { margin: 1 }));
    }));
  });
});

describe('limits and special points', () => {
  it('center is 0 with zero gradients when every feature sits on its centre', () => {
    const centers = [[1, 2, 3], [-1, 0, 4], [0, 0, 0]];
    const y = [1, 0, 1];
    const x = y.map((k) => [...centers[k]!]);
    expect(value('center', { x, centers, y })).toBe(0);
    const g = grad('center', { x, centers, y });
    expect(flat(g.x).every((v) => v === 0) && flat(g.centers).every((v) => v === 0)).toBe(true);
  });

  it("center: a centre's gradient is minus the sum of its samples' gradients, and unused centres get 0", () => {
    fc.assert(fc.property(seeds, (s) => {
      const rng = seededRng(s);
      const x = Array.from({ length: 5 }, () => normals(rng, 3));
      const centers = Array.from({ length: 4 }, () => normals(rng, 3));
      const y = x.map(() => Math.floor(rng() * 3)); // class 3 never occurs
      const g = grad('center', { x, centers, y });
      const gx = g.x as number[][];
      const gc = g.centers as number[][];
      expect(gc[3]!.every((v) => v === 0)).toBe(true);
      for (let k = 0; k < 3; k++) {
        const want = [0, 1, 2].map((t) => -y.reduce((a, yi, i) => a + (yi === k ? gx[i]![t]! : 0), 0));
        closeArr(gc[k], want);
      }
    }));
  });

  it('poisson_nll: the full term is Stirling’s log t! to within its next correction, and absent for t ≤ 1', () => {
    for (const t of [0, 1, 2, 5, 20, 150]) {
      const extra = value('poisson_nll', { pred: [0.3], target: [t] }, { log_input: 'true', full: 'true' }) -
        value('poisson_nll', { pred: [0.3], target: [t] }, { log_input: 'true', full: 'false' });
      if (t <= 1) {
        expect(extra).toBe(0);
        continue;
      }
      let logFact = 0;
      for (let k = 2; k <= t; k++) logFact += Math.log(k);
      // log t! = t log t − t + ½ log 2πt + 1/(12t) − 1/(360t³) + …
      expect(Math.abs(logFact - extra - 1 / (12 * t))).toBeLessThanOrEqual(1 / (360 * t ** 3) + 1e-12 * logFact);
    }
  });

  it('poisson_nll: log_input at log λ and rate input at λ agree up to the 1e-8 guard, and the minimum sits at λ = t', () => {
    fc.assert(fc.property(fc.double({ min: 0.1, max: 50, noNaN: true }), fc.integer({ min: 0, max: 40 }), (lambda, t) => {
      const a = value('poisson_nll', { pred: [Math.log(lambda)], target: [t] }, { log_input: 'true', full: 'false' });
      const b = value('poisson_nll', { pred: [lambda], target: [t] }, { log_input: 'false', full: 'false' });
      // b − a = −t·log(1 + 1e-8/λ), up to rounding
      expect(Math.abs(b - a + t * Math.log1p(1e-8 / lambda))).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(a)) * 10);
    }));
    const g = grad('poisson_nll', { pred: [Math.log(7)], target: [7] }, { log_input: 'true', full: 'false' }).pred as number[];
    expect(Math.abs(g[0]!)).toBeLessThanOrEqual(1e-14);
  });

  it('gaussian_nll: the variance gradient vanishes where the variance equals the squared residual', () => {
    const g = grad('gaussian_nll', { pred: [3], target: [1], var: [4] }, { full: 'false' });
    expect((g.var as number[])[0]).toBe(0);
    expect((g.pred as number[])[0]).toBe(0.5);
  });

  it('cosine_embedding and triplet_cosine ignore the lengths of the embeddings', () => {
    fc.assert(fc.property(seeds, fc.double({ min: 0.1, max: 100, noNaN: true }), (s, c) => {
      const ce = must('cosine_embedding').sample(seededRng(s), 4) as { x1: number[][]; x2: number[][]; y: number[] };
      const scaled = { ...ce, x1: ce.x1.map((r) => r.map((v) => c * v)) };
      close(value('cosine_embedding', scaled, { margin: 0.2 }), value('cosine_embedding', ce, { margin: 0.2 }), 1e-9);
      const tc = must('triplet_cosine').sample(seededRng(s), 4) as Record<string, number[][]>;
      const tcs = { ...tc, negative: tc.negative!.map((r) => r.map((v) => c * v)) };
      close(value('triplet_cosine', tcs, { margin: 1, swap: 'true' }), value('triplet_cosine', tc, { margin: 1, swap: 'true' }));
    }));
  });

  it('triplet_cosine: swap never lowers the loss (it can only pick a closer negative)', () => {
    fc.assert(fc.property(seeds, fc.double({ min: 0, max: 2, noNaN: true }), (s, margin) => {
      const inputs = must('triplet_cosine').sample(seededRng(s), 5);
      expect(value('triplet_cosine', inputs, { margin, swap: 'true' })).toBeGreaterThanOrEqual(
        value('triplet_cosine', inputs, { margin, swap: 'false' }));
    }));
  });

  it('cosine_embedding at orthogonal vectors (cos exactly 0 = margin) passes the gradient, as PyTorch', () => {
    const g = grad('cosine_embedding', { x1: [[1, 2, 0]], x2: [[-2, 1, 5]], y: [-1] }, { margin: 0 });
    expect(value('cosine_embedding', { x1: [[1, 2, 0]], x2: [[-2, 1, 5]], y: [-1] }, { margin: 0 })).toBe(0);
    expect(flat(g.x1).some((v) => v !== 0)).toBe(true);
  });

  it('supcon ignores feature lengths, the order of the batch and the names of the labels', () => {
    fc.assert(fc.property(seeds, (s) => {
      const { features, labels } = must('supcon').sample(seededRng(s), 6) as { features: number[][]; labels: number[] };
      const base = value('supcon', { features, labels }, { temperature: 0.2 });
      const scaled = features.map((r, i) => r.map((v) => v * (i + 0.5)));
      close(value('supcon', { features: scaled, labels }, { temperature: 0.2 }), base, 1e-11);
      const order = features.map((_, i) => i).toReversed();
      close(value('supcon', { features: order.map((i) => features[i]!), labels: order.map((i) => labels[i]! + 10) }, { temperature: 0.2 }), base, 1e-11);
    }));
  });

  it('supcon on a pair and orthogonal singletons: the anchors’ cross-entropy, computed by hand', () => {
    // z₀·z₁ = 0.6; the singleton at index 2 is orthogonal to both and has no positive of its own.
    const features = [[1, 0, 0], [0.6, 0.8, 0], [0, 0, 2]];
    const tau = 0.5;
    const want = Math.log(Math.exp(0.6 / tau) + 1) - 0.6 / tau;
    close(value('supcon', { features, labels: [4, 4, 9] }, { temperature: tau }), want);
  });
});

describe('faults are named', () => {
  it('rejects bad labels, shapes and missing positives with a LossInputError naming the input', () => {
    expect(() => value('soft_margin', { x: [1], y: [0] })).toThrow(/"y"/);
    expect(() => value('weighted_ce', { logits: [[1, 2]], target: [0], weight: [1] }, { label_smoothing: 0 })).toThrow(/"weight"/);
    expect(() => value('multilabel_margin', { scores: [[1, 2]], target: [[5, -1]] })).toThrow(/"target"/);
    expect(() => value('gaussian_nll', { pred: [1], target: [1], var: [-1] }, { full: 'false' })).toThrow(/"var"/);
    expect(() => value('poisson_nll', { pred: [-1], target: [1] }, { log_input: 'false', full: 'false' })).toThrow(/"pred"/);
    expect(() => value('supcon', { features: [[1, 0], [0, 1]], labels: [0, 1] }, { temperature: 0.1 })).toThrow(LossInputError);
    expect(() => value('center', { x: [[1, 2]], centers: [[0, 0]], y: [1] })).toThrow(/"y"/);
  });
});
