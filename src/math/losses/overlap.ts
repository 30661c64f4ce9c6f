import { sum } from '../numerics';
import { uniform } from '../random';
import { LossInputError, sameLength, vec } from '../tensor';
import type { Grads, InputSpec, Inputs, Params, Profile, Rng } from '../types';

/**
 * Shared plumbing of the segmentation losses (dice, iou, tversky, focal_tversky, combo): the soft
 * confusion sums over a batch of pixels, and the 'overlap' slice that lets their curves share a chart.
 */

export const MASK_INPUTS: readonly InputSpec[] = [
  { name: 'prob', shape: '[n]', meaning: 'predicted foreground probabilities p, in [0, 1]', differentiable: true },
  { name: 'target', shape: '[n]', meaning: 'true mask y ∈ {0, 1}', differentiable: false },
];

/**
 * The soft confusion sums of a batch: tp = Σ p·y (overlap), fp = Σ p(1 − y) (foreground predicted
 * where there is none), fn = Σ (1 − p)·y (foreground missed). Each is a sum of non-negative terms,
 * so a loss written as (weighted fp and fn) / (a positive total) never subtracts two near-equal numbers.
 */
export interface ConfusionSums {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export function confusionSums(p: readonly number[], t: readonly number[]): ConfusionSums {
  return {
    tp: sum(p.map((pi, i) => pi * t[i]!)),
    fp: sum(p.map((pi, i) => pi * (1 - t[i]!))),
    fn: sum(p.map((pi, i) => (1 - pi) * t[i]!)),
  };
}

/** The prob and target vectors of a batch, checked: same length, probabilities in [0, 1], targets 0 or 1. */
export function maskBatch(inputs: Inputs): { p: readonly number[]; t: readonly number[] } {
  const p = vec(inputs, 'prob');
  const t = vec(inputs, 'target');
  sameLength(p, t);
  if (p.some((x) => !(x >= 0 && x <= 1))) throw new LossInputError('input "prob" must hold probabilities in [0, 1]');
  if (t.some((x) => x !== 0 && x !== 1)) throw new LossInputError('input "target" must hold 0 or 1 for every pixel');
  return { p, t };
}

/** A ratio's denominator, refusing the 0/0 that an empty mask with smooth = 0 gives. */
export function positive(den: number, id: string): number {
  if (!(den > 0)) throw new LossInputError(`${id} is 0/0 here: with smooth = 0 the batch has no overlap and no error mass`);
  return den;
}

/** Random probabilities away from 0 and 1 and a random 0/1 mask, for property tests. */
export function sampleMask(rng: Rng, n: number): Inputs {
  return {
    prob: Array.from({ length: n }, () => uniform(rng, 0.01, 0.99)),
    target: Array.from({ length: n }, () => (rng() < 0.5 ? 0 : 1)),
  };
}

/** The slice's mask: 8 pixels, the first 2 foreground (a small object on a larger background). */
export const OVERLAP_MASK: readonly number[] = [1, 1, 0, 0, 0, 0, 0, 0];

/** The prediction at overlap x: probability x on each foreground pixel and 1 − x on each background one. */
export function overlapProbs(x: number): number[] {
  return OVERLAP_MASK.map((t) => (t === 1 ? x : 1 - x));
}

/** d/dx of a batch loss along the slice, from its gradient: Σ_foreground ∂ℓ/∂p − Σ_background ∂ℓ/∂p. */
export function alongOverlap(gradProb: readonly number[]): number {
  return sum(gradProb.map((g, i) => (OVERLAP_MASK[i] === 1 ? g : -g)));
}

export const OVERLAP_HELD =
  'a mask of 8 pixels with 2 in the foreground; the prediction gives x to each foreground pixel and 1 − x to each ' +
  'background pixel, so x = 1 is a perfect mask and x = 0 its exact opposite';

/**
 * The 'overlap' profile of a batch segmentation loss, built from its batch value and gradient so the
 * curve is the batch loss itself on the mask above.
 */
export function overlapProfile(
  value: (inputs: Inputs, params: Params) => number,
  grad: (inputs: Inputs, params: Params) => Grads,
): Profile {
  const inputsAt = (x: number): Inputs => ({ prob: overlapProbs(x), target: OVERLAP_MASK });
  const dx = (g: Grads) => alongOverlap(g.prob as number[]);
  // A parameter linked from another loss can lie outside this one's range (a negative α, say):
  // the curve then has a gap there instead of taking the chart down.
  const orGap = (f: () => number) => {
    try {
      return f();
    } catch (e) {
      if (e instanceof LossInputError) return NaN;
      throw e;
    }
  };
  return {
    axis: 'overlap',
    label: 'overlap x (probability on the true foreground)',
    xTex: 'x',
    xText: 'x',
    domain: [0, 1],
    held: OVERLAP_HELD,
    value: (x, params) => orGap(() => value(inputsAt(x), params)),
    derivative: (x, params) => orGap(() => dx(grad(inputsAt(x), params))),
    batch: (x) => ({ inputs: inputsAt(x), dx }),
  };
}
