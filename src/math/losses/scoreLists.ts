import { normals } from '../random';
import { LossInputError, mat } from '../tensor';
import type { Inputs, Rng } from '../types';

type Rows = readonly (readonly number[])[];

/** The lists' scores and relevances [n][L], checked to have the same shape with n ≥ 1 and L ≥ 2. */
export function scoreLists(inputs: Inputs): { scores: Rows; relevance: Rows } {
  const scores = mat(inputs, 'scores');
  const relevance = mat(inputs, 'relevance');
  if (scores.length === 0) throw new LossInputError('a batch needs at least one list');
  if (scores[0]!.length < 2) throw new LossInputError('input "scores" needs at least two items per list');
  if (relevance.length !== scores.length || relevance[0]!.length !== scores[0]!.length) {
    throw new LossInputError('inputs "scores" and "relevance" have different shapes');
  }
  return { scores, relevance };
}

export const LIST_INPUTS = [
  { name: 'scores', shape: '[n][L]', meaning: 'the model’s score for each of the L items of each list', differentiable: true },
  { name: 'relevance', shape: '[n][L]', meaning: 'graded relevance of each item (higher is better)', differentiable: false },
] as const;

/** Profile held values: a two-item list whose first item has relevance 1 and the second 0, scored 0. */
export const TWO_ITEM_HELD = 'a list of two items with relevance 1 and 0; the second scored 0';

export function twoItemBatch(x: number) {
  return {
    inputs: { scores: [[x, 0]], relevance: [[1, 0]] },
    dx: (g: Readonly<Record<string, unknown>>) => (g.scores as number[][])[0]![0]!,
  };
}

/** Random lists of four items with integer relevance 0–3. */
export function sampleLists(rng: Rng, n: number): { scores: number[][]; relevance: number[][] } {
  return {
    scores: Array.from({ length: n }, () => normals(rng, 4, 1.5)),
    relevance: Array.from({ length: n }, () => Array.from({ length: 4 }, () => Math.floor(rng() * 4))),
  };
}
