import { seededRng } from '../random';
import type { Rng } from '../types';

/**
 * Dropout on one layer feeding one unit: h = Σ_i w_i·m_i·a_i·s, where a_i are the layer's activations, w_i the
 * outgoing weights, m_i ~ Bernoulli(p) the mask (unit i kept with keep probability p) and s the training
 * scale: 1 for the original dropout (which then scales by p at test time) and 1/p for inverted dropout
 * (which leaves test time alone). Either way the expected training output equals the test-time output.
 */
export interface DropoutLayer {
  readonly activations: readonly number[];
  readonly weights: readonly number[];
}

export type DropoutStyle = 'original' | 'inverted';

/** A fixed layer of 8 units (ReLU-like activations, mixed-sign weights) for the lesson. */
export const LESSON_LAYER: DropoutLayer = {
  activations: [1.2, 0.3, 0.7, 2.1, 0.4, 1.5, 0.9, 0.6],
  weights: [0.5, -0.3, 0.8, 0.2, -0.6, 0.4, 0.7, -0.2],
};

/** Which units a seeded draw keeps, each independently with probability `keep` ∈ (0, 1]. */
export function dropoutMask(seed: number, units: number, keep: number): boolean[] {
  return maskFrom(seededRng(seed), units, keep);
}

function maskFrom(rng: Rng, units: number, keep: number): boolean[] {
  return Array.from({ length: units }, () => rng() < keep);
}

const full = (l: DropoutLayer) => l.activations.reduce((s, a, i) => s + a * l.weights[i]!, 0);

/** The training-time output for one mask: Σ w_i m_i a_i, times 1/p for inverted dropout. */
export function trainOutput(l: DropoutLayer, mask: readonly boolean[], keep: number, style: DropoutStyle): number {
  const s = l.activations.reduce((acc, a, i) => acc + (mask[i] ? a * l.weights[i]! : 0), 0);
  return style === 'inverted' ? s / keep : s;
}

/** The test-time output (every unit on): p·Σ w_i a_i for the original dropout, Σ w_i a_i for inverted. */
export function testOutput(l: DropoutLayer, keep: number, style: DropoutStyle): number {
  return style === 'inverted' ? full(l) : keep * full(l);
}

/** E[training output] over masks, unit by unit: Σ_i E[m_i]·w_i a_i·s with E[m_i] = p and s = 1 or 1/p. */
export function expectedTrainOutput(l: DropoutLayer, keep: number, style: DropoutStyle): number {
  const scale = style === 'inverted' ? 1 / keep : 1;
  return l.activations.reduce((acc, a, i) => acc + keep * a * l.weights[i]! * scale, 0);
}

/** Standard deviation of the training output over masks: √(p(1 − p) Σ (w_i a_i)²), divided by p for inverted. */
export function trainOutputSd(l: DropoutLayer, keep: number, style: DropoutStyle): number {
  const sq = l.activations.reduce((s, a, i) => s + (a * l.weights[i]!) ** 2, 0);
  const sd = Math.sqrt(keep * (1 - keep) * sq);
  return style === 'inverted' ? sd / keep : sd;
}

export interface MonteCarlo {
  readonly draws: number;
  readonly mean: number;
  /** The standard error of that mean, sd/√draws, with the exact sd (trainOutputSd). */
  readonly standardError: number;
}

/** The mean training output over `draws` masks drawn from one seeded stream. */
export function monteCarloOutput(l: DropoutLayer, keep: number, style: DropoutStyle, draws: number, seed: number): MonteCarlo {
  const rng = seededRng(seed);
  let s = 0;
  for (let k = 0; k < draws; k++) s += trainOutput(l, maskFrom(rng, l.activations.length, keep), keep, style);
  return { draws, mean: s / draws, standardError: trainOutputSd(l, keep, style) / Math.sqrt(draws) };
}
