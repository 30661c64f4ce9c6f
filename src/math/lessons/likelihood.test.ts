import { describe, expect, it } from 'vitest';
import { getLoss } from '../losses';
import { bernoulliNll, fitLogits, frequencies, matchingLoss, meanBce, meanCe, meanNll, nllAffine, priorNll, priorPenalty } from './likelihood';

const YS = [0.5, 1.2, 2, 2.4, 3.9];

describe('negative log-likelihoods are losses plus constants', () => {
  it('Gaussian: the mean NLL from the density is MSE/(2σ²) + ½ log(2πσ²)', () => {
    for (const sigma of [0.3, 1, 2.5]) {
      for (const c of [-1, 1.7, 4]) {
        const byDensity = -YS.reduce((a, y) => a + Math.log(Math.exp(-((y - c) ** 2) / (2 * sigma ** 2)) / Math.sqrt(2 * Math.PI * sigma ** 2)), 0) / YS.length;
        expect(meanNll('gaussian', YS, c, sigma)).toBeCloseTo(byDensity, 12);
        const mse = getLoss('mse')!.value({ pred: YS.map(() => c), target: YS }, {});
        const { factor, constant } = nllAffine('gaussian', sigma);
        expect(factor).toBeCloseTo(1 / (2 * sigma * sigma), 15);
        expect(meanNll('gaussian', YS, c, sigma) - factor * mse).toBeCloseTo(constant, 12);
      }
    }
    // σ = 1: the constant is ½ log 2π ≈ 0.9189385332.
    expect(nllAffine('gaussian', 1).constant).toBeCloseTo(0.9189385332046727, 15);
  });

  it('Laplace: the mean NLL is MAE/b + log 2b', () => {
    for (const b of [0.5, 1, 3]) {
      const c = 2.2;
      const byDensity = -YS.reduce((a, y) => a + Math.log(Math.exp(-Math.abs(y - c) / b) / (2 * b)), 0) / YS.length;
      expect(meanNll('laplace', YS, c, b)).toBeCloseTo(byDensity, 12);
      const mae = getLoss('mae')!.value({ pred: YS.map(() => c), target: YS }, {});
      expect(matchingLoss('laplace', YS, c)).toBeCloseTo(mae, 15);
      expect(meanNll('laplace', YS, c, b) - mae / b).toBeCloseTo(Math.log(2 * b), 12);
    }
  });

  it('Bernoulli: the NLL is the binary cross-entropy, constant 0', () => {
    const labels = [1, 0, 1, 1, 0];
    for (const p of [0.1, 0.6, 0.95]) expect(bernoulliNll(labels, p)).toBeCloseTo(meanBce(labels, p), 14);
    // Its minimum is at the share of ones, 3/5: the derivative changes sign there.
    expect(bernoulliNll(labels, 0.6)).toBeLessThan(bernoulliNll(labels, 0.599));
    expect(bernoulliNll(labels, 0.6)).toBeLessThan(bernoulliNll(labels, 0.601));
  });
});

describe('maximum likelihood fits the class frequencies', () => {
  it('unregularised: softmax of the fitted logits equals nₖ/N', () => {
    for (const counts of [[5, 3, 2], [1, 1, 8, 2], [7, 7]]) {
      const fit = fitLogits(counts, 0);
      const f = frequencies(counts);
      fit.p.forEach((pk, k) => expect(Math.abs(pk - f[k]!)).toBeLessThan(1e-12));
      // And no other logits do better: the CE at the fit is the entropy of the frequencies.
      const entropy = -f.reduce((a, fk) => a + fk * Math.log(fk), 0);
      expect(meanCe(counts, fit.z)).toBeCloseTo(entropy, 12);
    }
  });

  it('the mean CE over counts is the registry softmax CE over the listed samples', () => {
    const counts = [2, 1, 3];
    const z = [0.3, -1, 1.2];
    const target = counts.flatMap((n, k) => Array.from({ length: n }, () => k));
    const ce = getLoss('softmax_ce')!.value({ logits: target.map(() => z), target }, { label_smoothing: 0 });
    expect(meanCe(counts, z)).toBeCloseTo(ce, 13);
  });

  it('an L2 penalty (a Gaussian prior on the logits) pulls the fit towards uniform', () => {
    const counts = [8, 1, 1];
    const p0 = fitLogits(counts, 0).p[0]!;
    const p1 = fitLogits(counts, 0.1).p[0]!;
    expect(p0).toBeCloseTo(0.8, 12);
    expect(p1).toBeLessThan(p0);
    expect(p1).toBeGreaterThan(1 / 3);
  });
});

describe('priors are penalties (MAP)', () => {
  it('−log N(w; 0, s²) − λw² with λ = 1/(2s²) is the constant ½ log 2πs²; Laplace: λ = 1/b, log 2b', () => {
    for (const w of [-2, 0, 0.7]) {
      expect(priorNll('gaussian', w, 0.5) - priorPenalty('gaussian', w, 0.5)).toBeCloseTo(0.5 * Math.log(2 * Math.PI * 0.25), 13);
      expect(priorPenalty('gaussian', w, 0.5)).toBeCloseTo(2 * w * w, 14);
      expect(priorNll('laplace', w, 2) - priorPenalty('laplace', w, 2)).toBeCloseTo(Math.log(4), 13);
      expect(priorPenalty('laplace', w, 2)).toBeCloseTo(0.5 * Math.abs(w), 14);
    }
  });
});
