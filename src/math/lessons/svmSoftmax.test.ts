import { describe, expect, it } from 'vitest';
import {
  crossEntropy,
  grid,
  hingeTerms,
  marginMet,
  marginScore,
  scaleKinks,
  scaleScores,
  softmaxProbabilities,
  svmLoss,
  sweepScale,
  sweepTrueScore,
} from './svmSoftmax';

// The notes' example: scores (cat, car, frog), the true class cat, Δ = 1.
const EXAMPLE = [-96.8, 437.9, 61.95];

describe('svm-softmax lesson math', () => {
  it('gives the notes’ terms 535.7 and 159.75 and the total 695.45', () => {
    const t = hingeTerms(EXAMPLE, 0, 1);
    expect(t.map((x) => x.j)).toEqual([1, 2]);
    expect(t[0]!.term).toBeCloseTo(535.7, 9);
    expect(t[1]!.term).toBeCloseTo(159.75, 9);
    expect(svmLoss(EXAMPLE, 0, 1)).toBeCloseTo(695.45, 9);
    expect(marginMet(EXAMPLE, 0, 1)).toBe(false);
  });

  it('takes cross-entropy as −log of the softmax probability of the true class', () => {
    const p = softmaxProbabilities(EXAMPLE);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
    // p_cat = 1 / (1 + e^{437.9+96.8} + e^{61.95+96.8}); its log is −(534.7 + log1p(e^{−376.95}+e^{−534.7})) ≈ −534.7.
    expect(crossEntropy(EXAMPLE, 0)).toBeCloseTo(437.9 + 96.8, 9);
    const small = [2, 1, 0.1];
    expect(crossEntropy(small, 0)).toBeCloseTo(-Math.log(Math.exp(2) / (Math.exp(2) + Math.exp(1) + Math.exp(0.1))), 14);
  });

  it('is exactly 0 once the margin is met and stays 0 as the scores are scaled up, while cross-entropy falls', () => {
    const met = [5, 1.3, 2.2];
    expect(marginMet(met, 0, 1)).toBe(true);
    let lastCe = Infinity;
    for (const k of [1, 1.5, 2, 4, 10]) {
      const t = scaleScores(met, k);
      expect(svmLoss(t, 0, 1)).toBe(0);
      const ce = crossEntropy(t, 0);
      expect(ce).toBeGreaterThan(0);
      expect(ce).toBeLessThan(lastCe);
      lastCe = ce;
    }
  });

  it('meets the margin exactly at max_{j≠y} s_j + Δ', () => {
    const m = marginScore(EXAMPLE, 0, 1);
    expect(m).toBeCloseTo(438.9, 12);
    const [before, at, after] = sweepTrueScore(EXAMPLE, 0, 1, [m - 0.5, m, m + 100]);
    expect(before!.svm).toBeCloseTo(0.5, 9);
    expect(at!.svm).toBe(0);
    expect(after!.svm).toBe(0);
    expect(after!.ce).toBeLessThan(at!.ce);
    expect(after!.ce).toBeGreaterThan(0);
  });

  it('puts the corners of the SVM curve over k where each term reaches 0', () => {
    const s = [5, 1, 3];
    const kinks = scaleKinks(s, 0, 1);
    expect(kinks).toEqual([0.25, 0.5]);
    // Kink i belongs to competitor i (classes 1 and 2): there its term's argument is exactly 0.
    kinks.forEach((k, i) => expect(hingeTerms(scaleScores(s, k), 0, 1)[i]!.inside).toBeCloseTo(0, 12));
    const xs = grid(0, 1, 3, kinks);
    expect(xs).toEqual([0, 0.25, 0.5, 1]);
    const sweep = sweepScale(s, 0, 1, [0, 0.5]);
    // k = 0: every score 0, so each of the C − 1 = 2 terms is Δ and p is uniform.
    expect(sweep[0]!.svm).toBe(2);
    expect(sweep[0]!.ce).toBeCloseTo(Math.log(3), 14);
    expect(sweep[1]!.svm).toBe(0);
  });
});
