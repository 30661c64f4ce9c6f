import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classPosteriors, collapse, ctcLattice, minFrames, negLogLikelihoodGrad, nodePosteriors, viterbiPath } from './ctcLattice';
import { normals, seededRng } from './random';
import { LossInputError } from './tensor';

/** Every string of T symbols from C classes. */
function allStrings(T: number, C: number): number[][] {
  let out: number[][] = [[]];
  for (let t = 0; t < T; t++) out = out.flatMap((s) => Array.from({ length: C }, (_, c) => [...s, c]));
  return out;
}

/** Per-frame probabilities by plain softmax (exp then divide), independent of the lattice's log space. */
const probsOf = (logits: number[][]) =>
  logits.map((row) => {
    const e = row.map(Math.exp);
    const s = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / s);
  });

/** Brute force: every alignment that collapses to the target, with its probability. */
function alignments(logits: number[][], target: number[], blank: number) {
  const p = probsOf(logits);
  const C = logits[0]!.length;
  const same = (a: number[]) => a.length === target.length && a.every((v, i) => v === target[i]);
  return allStrings(logits.length, C)
    .filter((s) => same(collapse(s, blank)))
    .map((s) => ({ s, prob: s.reduce((acc, c, t) => acc * p[t]![c]!, 1) }));
}

/** A tiny random problem: C ≤ 3 classes, T ≤ 5 frames, a possible target. */
const tiny = fc
  .record({ seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }), C: fc.integer({ min: 2, max: 3 }), T: fc.integer({ min: 1, max: 5 }), L: fc.integer({ min: 1, max: 3 }), blank: fc.integer({ min: 0, max: 2 }) })
  .map(({ seed, C, T, L, blank }) => {
    const rng = seededRng(seed);
    const b = Math.min(blank, C - 1);
    const labels = Array.from({ length: C }, (_, c) => c).filter((c) => c !== b);
    let target = Array.from({ length: L }, () => labels[Math.floor(rng() * labels.length)]!);
    while (minFrames(target) > T) target = target.slice(0, -1);
    if (target.length === 0) target = [labels[0]!];
    const logits = Array.from({ length: Math.max(T, minFrames(target)) }, () => normals(rng, C, 2));
    return { logits, target, blank: b };
  });

const close = (a: number, b: number, rel = 1e-12) => expect(Math.abs(a - b)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(b)));

describe('CTC lattice against brute force over every alignment', () => {
  it('the forward algorithm sums the probabilities of all alignments', () => {
    fc.assert(
      fc.property(tiny, ({ logits, target, blank }) => {
        const p = alignments(logits, target, blank).reduce((a, x) => a + x.prob, 0);
        const lat = ctcLattice(logits, target, blank);
        close(lat.logLikelihood, Math.log(p));
      }),
    );
  });

  it('class posteriors equal the share of p(target) emitting each class at each frame', () => {
    fc.assert(
      fc.property(tiny, ({ logits, target, blank }) => {
        const all = alignments(logits, target, blank);
        const p = all.reduce((a, x) => a + x.prob, 0);
        const got = classPosteriors(ctcLattice(logits, target, blank));
        logits.forEach((row, t) =>
          row.forEach((_, k) => {
            const want = all.filter((x) => x.s[t] === k).reduce((a, x) => a + x.prob, 0) / p;
            expect(Math.abs(got[t]![k]! - want)).toBeLessThanOrEqual(1e-12);
          }),
        );
      }),
    );
  });

  it('the Viterbi path is an alignment that collapses to the target and has the largest probability', () => {
    fc.assert(
      fc.property(tiny, ({ logits, target, blank }) => {
        const lat = ctcLattice(logits, target, blank);
        const path = viterbiPath(lat);
        expect(collapse(path.symbols, blank)).toEqual(target);
        // Consecutive nodes are stay, step or an allowed skip.
        path.nodes.forEach((s, t) => {
          if (t === 0) return expect(s).toBeLessThanOrEqual(1);
          const d = s - path.nodes[t - 1]!;
          expect([0, 1, 2]).toContain(d);
          if (d === 2) expect(lat.ext[s]).not.toBe(lat.ext[s - 2]);
        });
        expect(path.nodes[path.nodes.length - 1]).toBeGreaterThanOrEqual(lat.ext.length - 2);
        const best = Math.max(...alignments(logits, target, blank).map((x) => x.prob));
        close(path.logProb, Math.log(best));
        const p = probsOf(logits);
        close(Math.exp(path.logProb), path.symbols.reduce((a, c, t) => a * p[t]![c]!, 1));
      }),
    );
  });
});

describe('CTC lattice invariants', () => {
  it('the node posteriors of every frame sum to 1, and every gradient row sums to 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 6 }), (seed, extra) => {
        const rng = seededRng(seed);
        const target = [1, 2, 2, 3].slice(0, 1 + Math.floor(rng() * 4));
        const logits = Array.from({ length: minFrames(target) + extra }, () => normals(rng, 4, 3));
        const lat = ctcLattice(logits, target, 0);
        for (const row of nodePosteriors(lat)) close(row.reduce((a, b) => a + b, 0), 1);
        for (const row of negLogLikelihoodGrad(lat)) expect(Math.abs(row.reduce((a, b) => a + b, 0))).toBeLessThanOrEqual(1e-13);
      }),
    );
  });

  it('with T = L and no repeats there is one alignment: the labels frame by frame', () => {
    const logits = [[0.3, -1, 2], [1, 0.5, -0.2], [0, 0, 1]];
    const target = [2, 1, 2];
    const p = probsOf(logits);
    close(ctcLattice(logits, target, 0).logLikelihood, Math.log(p[0]![2]! * p[1]![1]! * p[2]![2]!));
  });

  it('with uniform frames p(target) = (number of alignments) / C^T', () => {
    const T = 5;
    const C = 3;
    const logits = Array.from({ length: T }, () => [0, 0, 0]);
    for (const target of [[1], [1, 2], [1, 1], [2, 1, 2]]) {
      const count = allStrings(T, C).filter((s) => collapse(s, 0).join() === target.join()).length;
      close(ctcLattice(logits, target, 0).logLikelihood, Math.log(count) - T * Math.log(C));
    }
  });

  it('collapse merges repeats before dropping blanks', () => {
    expect(collapse([1, 1, 0, 1, 2, 2], 0)).toEqual([1, 1, 2]);
    expect(collapse([0, 0, 0], 0)).toEqual([]);
    expect(collapse([3, 3, 3], 0)).toEqual([3]);
  });
});

describe('CTC inputs that cannot be aligned or are malformed', () => {
  const logits = Array.from({ length: 3 }, () => [0, 0, 0]);
  it('a target needing more frames than there are is a LossInputError naming the counts', () => {
    expect(() => ctcLattice(logits, [1, 1, 2], 0)).toThrow(LossInputError);
    expect(() => ctcLattice(logits, [1, 1, 2], 0)).toThrow(/need at least 4 frames, and "logits" has 3/);
    expect(() => ctcLattice(logits, [1, 2, 1, 2], 0)).toThrow(/need at least 4 frames/);
  });
  it('a blank or out-of-range id in the target, a bad blank, or an empty target is a LossInputError', () => {
    expect(() => ctcLattice(logits, [1, 0], 0)).toThrow(/contains the blank class 0/);
    expect(() => ctcLattice(logits, [3], 0)).toThrow(/class ids 0…2; got 3/);
    expect(() => ctcLattice(logits, [1.5], 0)).toThrow(LossInputError);
    expect(() => ctcLattice(logits, [1], 3)).toThrow(/parameter "blank"/);
    expect(() => ctcLattice(logits, [], 0)).toThrow(/at least one label/);
    expect(() => ctcLattice([], [1], 0)).toThrow(/at least one frame/);
  });
});
