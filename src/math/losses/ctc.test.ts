import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normals, seededRng } from '../random';
import { LossInputError } from '../tensor';
import { ctc } from './ctc';
import { softmaxCe } from './softmax_ce';

const seeds = fc.integer({ min: 1, max: 2 ** 31 - 1 });
const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b)));

describe('ctc against other losses and itself', () => {
  it('with as many frames as labels and no repeats, it is softmax cross-entropy frame by frame (value and gradient)', () => {
    fc.assert(
      fc.property(seeds, fc.integer({ min: 1, max: 6 }), (seed, L) => {
        const rng = seededRng(seed);
        const target: number[] = [];
        while (target.length < L) {
          const y = 1 + Math.floor(rng() * 4);
          if (y !== target[target.length - 1]) target.push(y);
        }
        const logits = target.map(() => normals(rng, 5, 3));
        close(ctc.value({ logits, target }, { blank: 0 }), softmaxCe.value({ logits, target }, { label_smoothing: 0 }));
        const a = (ctc.grad({ logits, target }, { blank: 0 }).logits as number[][]).flat();
        const b = (softmaxCe.grad({ logits, target }, { label_smoothing: 0 }).logits as number[][]).flat();
        a.forEach((v, i) => expect(Math.abs(v - b[i]!)).toBeLessThanOrEqual(1e-14));
      }),
    );
  });

  it('the blank id is only a name: swapping the blank’s column with another and relabelling changes nothing', () => {
    fc.assert(
      fc.property(seeds, fc.integer({ min: 1, max: 2 }), (seed, b) => {
        const inputs = ctc.sample(seededRng(seed), 3);
        const swap = (k: number) => (k === 0 ? b : k === b ? 0 : k);
        const logits = (inputs.logits as number[][]).map((row) => row.map((_v, k) => row[swap(k)]!));
        const target = (inputs.target as number[]).map(swap);
        close(ctc.value({ logits, target }, { blank: b }), ctc.value(inputs, { blank: 0 }));
      }),
    );
  });

  it('adding a constant to every logit of a frame changes nothing (log_softmax is taken inside)', () => {
    fc.assert(
      fc.property(seeds, fc.double({ min: -50, max: 50, noNaN: true }), (seed, c) => {
        const inputs = ctc.sample(seededRng(seed), 2);
        const shifted = (inputs.logits as number[][]).map((row, t) => row.map((v) => v + (t === 0 ? c : 0)));
        close(ctc.value({ ...inputs, logits: shifted }, { blank: 0 }), ctc.value(inputs, { blank: 0 }));
      }),
    );
  });

  it('an impossible or malformed target is a LossInputError from value and grad alike', () => {
    const logits = [[0, 1, 2], [2, 1, 0]];
    for (const f of [ctc.value, ctc.grad]) {
      expect(() => f({ logits, target: [1, 1] }, { blank: 0 })).toThrow(LossInputError);
      expect(() => f({ logits, target: [1, 1] }, { blank: 0 })).toThrow(/need at least 3 frames/);
      expect(() => f({ logits, target: [0, 1] }, { blank: 0 })).toThrow(/blank/);
      expect(() => f({ logits, target: [5] }, { blank: 0 })).toThrow(/class ids 0…2/);
      expect(() => f({ logits: [[0, 1], [1]], target: [1] }, { blank: 0 })).toThrow(LossInputError);
    }
  });
});
