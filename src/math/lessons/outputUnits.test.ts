import { describe, expect, it } from 'vitest';
import { softplus } from '../numerics';
import {
  alongFirst, bernoulliNll, gaussianConstant, gaussianNll, independentSigmoids, linearSquared, logitGrid, normalizedTarget,
  oneHot, sigmoidSquared, softmaxCrossEntropy,
} from './outputUnits';

const H = 1e-5;
const fd = (f: (z: number) => number, z: number) => (f(z + H) - f(z - H)) / (2 * H);

describe('output units', () => {
  it('Gaussian NLL is squared error over σ² plus log σ + ½ log 2π', () => {
    for (const sigma of [0.5, 1, 3]) {
      const r = gaussianNll(1.2, 3, sigma);
      expect(r.value - (1.8 * 1.8) / (2 * sigma * sigma)).toBeCloseTo(Math.log(sigma) + 0.5 * Math.log(2 * Math.PI), 14);
      expect(r.value).toBeCloseTo(-Math.log(Math.exp(-(1.8 ** 2) / (2 * sigma ** 2)) / (sigma * Math.sqrt(2 * Math.PI))), 12);
      expect(gaussianConstant(sigma)).toBeCloseTo(r.value - linearSquared(1.2, 3).value / sigma ** 2, 14);
    }
  });

  it('every scalar derivative matches central differences', () => {
    for (const z of [-6, -1.5, 0, 0.8, 4]) {
      for (const f of [(v: number) => gaussianNll(v, 2, 0.7), (v: number) => linearSquared(v, 3), (v: number) => sigmoidSquared(v, 3), (v: number) => bernoulliNll(v, 1), (v: number) => bernoulliNll(v, 0)]) {
        expect(f(z).grad).toBeCloseTo(fd((v) => f(v).value, z), 6);
      }
    }
  });

  it('a sigmoid cannot reach a target of 3: the squared error stays above ½(1 − 3)² and its gradient vanishes', () => {
    expect(sigmoidSquared(10, 3).value).toBeGreaterThan(2);
    expect(Math.abs(sigmoidSquared(10, 3).grad)).toBeLessThan(1e-3);
  });

  it('Bernoulli NLL is the softplus form', () => {
    expect(bernoulliNll(-3, 1).value).toBeCloseTo(Math.log1p(Math.exp(3)), 14);
    expect(bernoulliNll(2, 0).grad).toBeCloseTo(1 / (1 + Math.exp(-2)), 14);
  });

  it('softmax cross-entropy: −log p_t for a one-hot target, gradient p − q', () => {
    const z = [1, -0.5, 2];
    const r = softmaxCrossEntropy(z, oneHot(2, 3));
    const e = z.map(Math.exp);
    const s = e[0]! + e[1]! + e[2]!;
    expect(r.value).toBeCloseTo(-Math.log(e[2]! / s), 14);
    z.forEach((_, k) => {
      const f = (v: number) => softmaxCrossEntropy(z.map((zj, j) => (j === k ? v : zj)), [0, 0.5, 0.5]).value;
      expect(softmaxCrossEntropy(z, [0, 0.5, 0.5]).grad[k]).toBeCloseTo(fd(f, z[k]!), 6);
    });
  });

  it('independent sigmoids: per-label softplus terms that add up', () => {
    const r = independentSigmoids([2, -1, 0.5], [1, 1, 0]);
    expect(r.terms).toEqual([softplus(-2), softplus(1), softplus(0.5)]);
    expect(r.value).toBeCloseTo(softplus(-2) + softplus(1) + softplus(0.5), 15);
    expect(r.grad[1]).toBeCloseTo(1 / (1 + Math.exp(1)) - 1, 15);
  });

  it('softmax on a two-label target pushes the first logit back down once it passes the second', () => {
    const f = alongFirst((z) => softmaxCrossEntropy(z, normalizedTarget([1, 1, 0])), [1, -1]);
    expect(f(0).grad).toBeLessThan(0);
    expect(f(5).grad).toBeGreaterThan(0);
    const g = alongFirst((z) => independentSigmoids(z, [1, 1, 0]), [1, -1]);
    expect(g(5).grad).toBeLessThan(0);
  });

  it('the grid holds its ends and steps by 1/20', () => {
    const x = logitGrid(-10, 10);
    expect(x.length).toBe(401);
    expect(x[0]).toBe(-10);
    expect(x[400]).toBe(10);
    expect(x[220]).toBe(1);
    expect(normalizedTarget([0, 0])).toEqual([0, 0]);
  });
});
