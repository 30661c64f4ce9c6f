import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { softmax } from '../numerics';
import { seededRng } from '../random';
import { LossInputError } from '../tensor';
import { bceLogits } from './bce_logits';
import { bpr } from './bpr';
import { lambdarank } from './lambdarank';
import { listnet } from './listnet';
import { marginRanking } from './margin_ranking';
import { rankboost } from './rankboost';

const seeds = fc.integer({ min: 1, max: 2 ** 31 - 1 });
const close = (a: number, b: number, tol = 1e-12) => expect(Math.abs(a - b)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b)));
const scoresArb = fc.array(fc.double({ min: -30, max: 30, noNaN: true }), { minLength: 1, maxLength: 6 });

describe('pairwise ranking losses', () => {
  it('bpr is bce_logits of the difference pos − neg against target 1', () => {
    fc.assert(fc.property(scoresArb, seeds, (pos, s) => {
      const neg = bpr.sample(seededRng(s), pos.length).neg as number[];
      const d = pos.map((p, i) => p - neg[i]!);
      close(bpr.value({ pos, neg }, {}), bceLogits.value({ logit: d, target: d.map(() => 1) }, {}));
    }));
  });

  it('rankboost bounds bpr from above (log(1 + u) ≤ u) and the two meet as the difference grows', () => {
    fc.assert(fc.property(scoresArb, (pos) => {
      const neg = pos.map(() => 0);
      expect(rankboost.value({ pos, neg }, {})).toBeGreaterThanOrEqual(bpr.value({ pos, neg }, {}));
    }));
    close(rankboost.value({ pos: [30], neg: [0] }, {}), bpr.value({ pos: [30], neg: [0] }, {}), 1e-12);
  });

  it('all three depend on the difference only, on the difference axis', () => {
    for (const spec of [bpr, rankboost]) {
      close(spec.value({ pos: [1.5, -2], neg: [0.25, 1] }, {}), spec.value({ pos: [101.25, 97], neg: [100, 100] }, {}));
    }
    const prof = marginRanking.profiles.find((p) => p.axis === 'difference')!;
    expect([prof.value(-1, { margin: 1 }), prof.value(2, { margin: 1 })]).toEqual([2, 0]);
  });
});

describe('listnet', () => {
  it('is at least the entropy of the target distribution, with equality when the scores are the relevances shifted', () => {
    fc.assert(fc.property(seeds, (s) => {
      const { relevance } = listnet.sample(seededRng(s), 1) as { relevance: number[][] };
      const q = softmax(relevance[0]!);
      const entropy = -q.reduce((a, qk) => a + qk * Math.log(qk), 0);
      const scores = listnet.sample(seededRng(s + 1), 1).scores as number[][];
      expect(listnet.value({ scores, relevance }, {})).toBeGreaterThanOrEqual(entropy - 1e-12);
      close(listnet.value({ scores: [relevance[0]!.map((r) => r + 3)], relevance }, {}), entropy);
    }));
  });

  it('names the input that does not match', () => {
    expect(() => listnet.value({ scores: [[1, 2, 3]], relevance: [[1, 0]] }, {})).toThrow(LossInputError);
    expect(() => listnet.value({ scores: [[1, 2, 3]], relevance: [[1, 0]] }, {})).toThrow(/relevance/);
  });
});

describe('lambdarank', () => {
  it('is not 0 when the scores are already in ideal order', () => {
    const inputs = { scores: [[3, 2, 1, 0]], relevance: [[3, 2, 1, 0]] };
    expect(lambdarank.value(inputs, { sigma: 1 })).toBeGreaterThan(0);
  });

  it('matches a hand computation on two items: |ΔNDCG| = 1 − 1/log₂3 times the logistic loss', () => {
    const w = 1 - 1 / Math.log2(3);
    for (const [a, b] of [[0.7, -0.4], [-1, 2]] as const) {
      close(lambdarank.value({ scores: [[a, b]], relevance: [[1, 0]] }, { sigma: 2 }), w * Math.log1p(Math.exp(-2 * (a - b))));
    }
  });

  it('weights pairs by gains 2^rel − 1 and discounts at the current ranks', () => {
    // Ranks by score: item 2 first, item 0 second, item 1 third. Gains 7, 1, 0; IDCG = 7 + 1/log₂3.
    const scores = [0.5, -1, 2];
    const relevance = [1, 0, 3];
    const D = (r: number) => 1 / Math.log2(1 + r);
    const idcg = 7 * D(1) + 1 * D(2);
    const sp = (z: number) => Math.log1p(Math.exp(-z));
    const want =
      (Math.abs((1 - 0) * (D(2) - D(3))) * sp(scores[0]! - scores[1]!) +
        Math.abs((7 - 0) * (D(1) - D(3))) * sp(scores[2]! - scores[1]!) +
        Math.abs((7 - 1) * (D(1) - D(2))) * sp(scores[2]! - scores[0]!)) / idcg;
    close(lambdarank.value({ scores: [scores], relevance: [relevance] }, { sigma: 1 }), want);
  });

  it('refuses a negative grade, naming the input', () => {
    expect(() => lambdarank.value({ scores: [[1, 0]], relevance: [[1, -1]] }, { sigma: 1 })).toThrow(/"relevance"/);
  });

  it('is 0 with zero gradient for a list whose items are all equally relevant', () => {
    const inputs = { scores: [[0.3, -2, 1]], relevance: [[2, 2, 2]] };
    expect(lambdarank.value(inputs, { sigma: 1 })).toBe(0);
    expect((lambdarank.grad(inputs, { sigma: 1 }).scores as number[][])[0]).toEqual([0, 0, 0]);
  });
});
