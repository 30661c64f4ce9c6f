import { describe, expect, it } from 'vitest';
import { logSoftmax } from '../numerics';
import { normals, seededRng } from '../random';
import { ge2e } from './ge2e';

type C = number[][][];
const dotp = (a: number[], b: number[]) => a.reduce((s, v, i) => s + v * b[i]!, 0);
const cos = (a: number[], b: number[]) => dotp(a, b) / Math.sqrt(dotp(a, a) * dotp(b, b));
const emb = (seed: number, N: number, M: number, d: number): C => {
  const rng = seededRng(seed);
  return Array.from({ length: N }, () => Array.from({ length: M }, () => normals(rng, d)));
};

describe('ge2e', () => {
  it('M = 2: the exclusive centroid is the other utterance (computed from the definition)', () => {
    const e = emb(5, 3, 2, 4);
    const w = 7;
    const centroid = (k: number) => e[k]![0]!.map((v, t) => (v + e[k]![1]![t]!) / 2);
    let total = 0;
    e.forEach((spk, j) => spk.forEach((u, i) => {
      const S = e.map((_, k) => w * cos(u, k === j ? spk[1 - i]! : centroid(k)) - 1);
      total -= logSoftmax(S)[j]!;
    }));
    expect(ge2e.value({ emb: e }, { w, b: -1 })).toBeCloseTo(total / 6, 12);
  });

  it('the bias cancels; scaling every embedding by c keeps the loss and divides the gradient by c', () => {
    const e = emb(9, 3, 3, 3);
    const v = ge2e.value({ emb: e }, { w: 10, b: -5 });
    expect(ge2e.value({ emb: e }, { w: 10, b: 4 })).toBeCloseTo(v, 13);
    const c = 1e-6;
    const small = e.map((s) => s.map((u) => u.map((x) => c * x)));
    expect(ge2e.value({ emb: small }, { w: 10, b: -5 })).toBeCloseTo(v, 12);
    const g = (ge2e.grad({ emb: e }, { w: 10, b: -5 }).emb as C).flat(2);
    const gs = (ge2e.grad({ emb: small }, { w: 10, b: -5 }).emb as C).flat(2);
    gs.forEach((x, i) => expect(x * c).toBeCloseTo(g[i]!, 11));
  });
});
