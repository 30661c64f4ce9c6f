import { describe, expect, it } from 'vitest';
import { logSoftmax } from '../numerics';
import { normals, seededRng } from '../random';
import { infonce } from './infonce';

type M = number[][];
const rand = (seed: number, n: number, d: number): M => {
  const rng = seededRng(seed);
  return Array.from({ length: n }, () => normals(rng, d));
};
const dotp = (a: number[], b: number[]) => a.reduce((s, v, i) => s + v * b[i]!, 0);
const normalise = (m: M) => m.map((r) => r.map((v) => v / Math.sqrt(dotp(r, r))));

/** Straight from the definition: logits = q kᵀ / T, loss = mean −log softmax(row i)[i], grad = (P − I) K / (nT). */
function naive(q: M, k: M, T: number) {
  const n = q.length;
  const P = q.map((qi) => logSoftmax(k.map((kj) => dotp(qi, kj) / T)).map(Math.exp));
  const value = -q.reduce((s, qi, i) => s + logSoftmax(k.map((kj) => dotp(qi, kj) / T))[i]!, 0) / n;
  const G = P.map((r, i) => r.map((p, j) => (p - (i === j ? 1 : 0)) / (n * T)));
  const gq = G.map((r) => k[0]!.map((_, t) => r.reduce((s, g, j) => s + g * k[j]![t]!, 0)));
  const gk = k.map((_, j) => q[0]!.map((__, t) => G.reduce((s, r, i) => s + r[j]! * q[i]![t]!, 0)));
  return { value, gq, gk };
}

describe('infonce', () => {
  it('dot similarity matches cross-entropy over q kᵀ / T computed from the definition', () => {
    const q = rand(1, 5, 3);
    const k = rand(2, 5, 3);
    const want = naive(q, k, 0.7);
    const p = { temperature: 0.7, similarity: 'dot' };
    expect(infonce.value({ query: q, key: k }, p)).toBeCloseTo(want.value, 12);
    const g = infonce.grad({ query: q, key: k }, p);
    (g.query as M).flat().forEach((v, i) => expect(v).toBeCloseTo(want.gq.flat()[i]!, 12));
    (g.key as M).flat().forEach((v, i) => expect(v).toBeCloseTo(want.gk.flat()[i]!, 12));
  });

  it('cosine is dot on normalised rows; its gradient is orthogonal to each row and scales as 1/length', () => {
    const q = rand(3, 4, 3);
    const k = rand(4, 4, 3);
    const p = { temperature: 0.2, similarity: 'cosine' };
    const dotOnUnit = infonce.value({ query: normalise(q), key: normalise(k) }, { ...p, similarity: 'dot' });
    expect(infonce.value({ query: q, key: k }, p)).toBeCloseTo(dotOnUnit, 12);
    const g = infonce.grad({ query: q, key: k }, p).query as M;
    q.forEach((r, i) => expect(dotp(r, g[i]!)).toBeCloseTo(0, 12));
    const g3 = infonce.grad({ query: q.map((r) => r.map((v) => 3 * v)), key: k }, p).query as M;
    g3.flat().forEach((v, i) => expect(v).toBeCloseTo(g.flat()[i]! / 3, 13));
  });

  it('a positive far ahead of the negatives keeps the tiny loss (log1p path), not 0', () => {
    // one row: logits (s⁺ − s⁻)/T = 40 → loss = log(1 + e^{−40}) ≈ 4.25e-18
    const inputs = { query: [[1, 0], [0, 1]], key: [[40, 0], [0, 40]] };
    const v = infonce.value(inputs, { temperature: 1, similarity: 'dot' });
    expect(v / Math.exp(-40)).toBeCloseTo(1, 12);
  });
});
