import { normals } from '../random';
import { sameLength, vec } from '../tensor';
import type { Grads, Inputs, Params, Profile, Rng } from '../types';

/** The differences dᵢ = posᵢ − negᵢ of the preferred item's score and the other item's, one per pair. */
export function pairDifferences(inputs: Inputs): number[] {
  const pos = vec(inputs, 'pos');
  const neg = vec(inputs, 'neg');
  sameLength(pos, neg);
  return pos.map((p, i) => p - neg[i]!);
}

/** Gradients of mean f(dᵢ) given f′(dᵢ): each pos gets f′/n and each neg −f′/n. */
export function pairGrads(d: readonly number[], slope: (di: number) => number): Grads {
  const g = d.map((di) => slope(di) / d.length);
  return { pos: g, neg: g.map((v) => -v) };
}

export const PAIR_INPUTS = [
  { name: 'pos', shape: '[n]', meaning: 'score of the preferred (positive) item in each pair', differentiable: true },
  { name: 'neg', shape: '[n]', meaning: 'score of the other (negative) item in each pair', differentiable: true },
] as const;

/** A profile over the score difference s⁺ − s⁻ with the negative's score held at 0. */
export function differenceProfile(
  value: (x: number, p: Params) => number,
  derivative: (x: number, p: Params) => number,
): Profile {
  return {
    axis: 'difference',
    label: 'score difference s⁺ − s⁻',
    xTex: 's^+ - s^-',
    xText: 's⁺ − s⁻',
    domain: [-4, 4],
    held: 'the other item scored 0, so the difference is the preferred item’s score',
    value,
    derivative,
    batch: (x) => ({ inputs: { pos: [x], neg: [0] }, dx: (g) => (g.pos as number[])[0]! }),
  };
}

export function samplePairs(rng: Rng, n: number): { pos: number[]; neg: number[] } {
  return { pos: normals(rng, n, 2), neg: normals(rng, n, 2) };
}
