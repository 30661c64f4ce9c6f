import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logSoftmax } from '../numerics';
import { normals, seededRng } from '../random';
import { LossInputError } from '../tensor';
import { cosface } from './cosface';
import { psi, sphereface } from './sphereface';

const seeds = fc.integer({ min: 1, max: 2 ** 31 - 1 });
const unitRow = (r: readonly number[]) => r.map((v) => v / Math.hypot(...r));
const dotp = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, i) => s + v * b[i]!, 0);
const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-11 * Math.max(1, Math.abs(b)));

/** Mean cross-entropy of rows of logits against class ids, from log-softmax. */
const meanCe = (logits: number[][], y: readonly number[]) => -logits.reduce((a, z, i) => a + logSoftmax(z)[y[i]!]!, 0) / logits.length;

function randomBatch(s: number) {
  const rng = seededRng(s);
  const x = Array.from({ length: 4 }, () => normals(rng, 3, 4));
  const W = Array.from({ length: 5 }, () => normals(rng, 3));
  const y = x.map(() => Math.floor(rng() * 5));
  return { x, W, y };
}

describe('cosface', () => {
  it('with m = 0 is cross-entropy over s·cos θ_j', () => {
    fc.assert(fc.property(seeds, fc.integer({ min: 1, max: 80 }), (s, scale) => {
      const { x, W, y } = randomBatch(s);
      const want = meanCe(x.map((xi) => W.map((w) => scale * dotp(unitRow(xi), unitRow(w)))), y);
      close(cosface.value({ x, W, y }, { s: scale, m: 0 }), want);
    }));
  });

  it('subtracts m from the true class’s cosine before scaling', () => {
    const { x, W, y } = randomBatch(5);
    const want = meanCe(x.map((xi, i) => W.map((w, j) => 30 * (dotp(unitRow(xi), unitRow(w)) - (j === y[i] ? 0.35 : 0)))), y);
    close(cosface.value({ x, W, y }, { s: 30, m: 0.35 }), want);
  });
});

describe('sphereface', () => {
  it('with m = 1 is cross-entropy over ‖x‖·cos θ_j', () => {
    fc.assert(fc.property(seeds, (s) => {
      const { x, W, y } = randomBatch(s);
      const want = meanCe(x.map((xi) => W.map((w) => Math.hypot(...xi) * dotp(unitRow(xi), unitRow(w)))), y);
      close(sphereface.value({ x, W, y }, { m: 1 }), want);
    }));
  });

  it('ψ falls from 1 to 1 − 2m over θ ∈ [0, π], without jumps where k changes', () => {
    for (const m of [1, 2, 3, 4]) {
      close(psi(1, m).value, 1);
      close(psi(-1, m).value, 1 - 2 * m);
      let last = Infinity;
      for (let k = 0; k <= 400; k++) {
        const theta = (Math.PI * k) / 400;
        const now = psi(Math.cos(theta), m).value;
        expect(now).toBeLessThanOrEqual(last + 1e-12);
        last = now;
      }
      for (let k = 1; k < m; k++) {
        const edge = (k * Math.PI) / m;
        expect(Math.abs(psi(Math.cos(edge - 1e-9), m).value - psi(Math.cos(edge + 1e-9), m).value)).toBeLessThan(1e-6);
      }
    }
  });

  it('refuses an m that is not an integer from 1 to 4, naming it', () => {
    const inputs = randomBatch(3);
    for (const m of [0, 2.5, 5]) expect(() => sphereface.value(inputs, { m })).toThrow(LossInputError);
    expect(() => sphereface.value(inputs, { m: 2.5 })).toThrow(/"m"/);
  });
});
