import { describe, expect, it } from 'vitest';
import { sigmoid, softplus } from '../numerics';
import {
  GRID, TABLE_Z, gridIndex, linearMse, sample, sigmoidCe, sigmoidMse, softmaxAlongTrue, softmaxCe, softmaxMse,
  trueClassLogits, trueLabelProbability, type Label,
} from './saturation';

const H = 1e-5;
const fd = (f: (z: number) => number, z: number) => (f(z + H) - f(z - H)) / (2 * H);

describe('binary units', () => {
  const zs = [-9, -3.3, -0.5, 0, 0.7, 2.5, 8];
  for (const y of [0, 1] as Label[]) {
    it(`derivatives match central differences (y = ${y})`, () => {
      for (const f of [sigmoidMse, sigmoidCe, linearMse]) {
        for (const z of zs) expect(f(z, y).grad).toBeCloseTo(fd((v) => f(v, y).value, z), 6);
      }
    });
  }

  it('sigmoid + squared error is ½(σ − y)² with gradient (σ − y)σ(1 − σ)', () => {
    const z = 1.3;
    const s = 1 / (1 + Math.exp(-z));
    expect(sigmoidMse(z, 0).value).toBeCloseTo(0.5 * s * s, 14);
    expect(sigmoidMse(z, 1).grad).toBeCloseTo((s - 1) * s * (1 - s), 14);
  });

  it('cross-entropy is softplus((1 − 2y)z) with gradient σ(z) − y', () => {
    expect(sigmoidCe(-4, 1).value).toBeCloseTo(Math.log1p(Math.exp(4)), 12);
    expect(sigmoidCe(3, 0).grad).toBeCloseTo(1 / (1 + Math.exp(-3)), 14);
  });

  it('confidently wrong (z = −8, y = 1): squared error barely pushes, cross-entropy pushes with almost −1', () => {
    expect(Math.abs(sigmoidMse(-8, 1).grad)).toBeLessThan(1e-3);
    expect(sigmoidCe(-8, 1).grad).toBeLessThan(-0.999);
    expect(trueLabelProbability(-8, 1)).toBeCloseTo(sigmoid(-8), 15);
  });

  it('the linear unit does not saturate: its gradient grows with the error', () => {
    expect(linearMse(-8, 1).grad).toBe(-9);
    expect(linearMse(8, 0).grad).toBe(8);
  });
});

describe('softmax units', () => {
  it('softmax + squared error: gradient −p(1 − p)²·K/(K − 1) along the true logit, others at 0', () => {
    for (const K of [2, 3, 10]) {
      for (const z of [-8, -1, 0, 2.5]) {
        const p = Math.exp(z) / (Math.exp(z) + K - 1);
        expect(softmaxMse(trueClassLogits(z, K), 0).grad[0]).toBeCloseTo((-p * (1 - p) ** 2 * K) / (K - 1), 14);
      }
    }
  });

  it('both softmax gradients match central differences in every coordinate', () => {
    const z = [0.3, -1.2, 2.0, 0.5];
    for (const loss of [softmaxMse, softmaxCe]) {
      const g = loss(z, 2).grad;
      z.forEach((_, k) => {
        const f = (v: number) => loss(z.map((zj, j) => (j === k ? v : zj)), 2).value;
        expect(g[k]).toBeCloseTo(fd(f, z[k]!), 6);
      });
    }
  });

  it('softmax + cross-entropy with two classes is the sigmoid cross-entropy of the logit difference', () => {
    const r = softmaxCe([1.7, -0.4], 0);
    expect(r.value).toBeCloseTo(softplus(-(1.7 + 0.4)), 14);
    expect(r.grad[0]).toBeCloseTo(sigmoid(2.1) - 1, 14);
  });
});

describe('sampling grid', () => {
  it('holds every table z exactly, at the index gridIndex gives', () => {
    for (const z of TABLE_Z) expect(GRID[gridIndex(z)]).toBe(z);
    expect(GRID[0]).toBe(-10);
    expect(GRID[GRID.length - 1]).toBe(10);
    expect(() => gridIndex(0.01)).toThrow(RangeError);
  });

  it('samples value and gradient at each grid point', () => {
    const s = sample((z) => sigmoidCe(z, 1));
    const i = gridIndex(-4);
    expect(s.grad[i]).toBe(sigmoidCe(-4, 1).grad);
    const t = sample(softmaxAlongTrue(softmaxCe, 3));
    expect(t.grad[i]).toBeCloseTo(Math.exp(-4) / (Math.exp(-4) + 2) - 1, 14);
  });
});
