/**
 * The CTC lesson's numbers: a target spelled in the letters A, B, C over T frames of four classes
 * (blank first, as PyTorch's default), the lattice, its posteriors, the most likely path, and the loss
 * from the registry's `ctc`.
 */
import { classPosteriors, ctcLattice, extendLabels, minFrames, nodePosteriors, onSomeAlignment, viterbiPath, type CtcLattice } from '../ctcLattice';
import { ctc } from '../losses/ctc';

/** Class 0 is the blank; 1, 2, 3 are A, B, C. */
export const BLANK = 0;
export const CLASS_NAMES: readonly string[] = ['ε', 'A', 'B', 'C'];
export const CLASSES = CLASS_NAMES.length;

/** The label ids of a word in A, B, C. */
export function labelsOf(word: string): number[] {
  return [...word].map((ch) => {
    const k = CLASS_NAMES.indexOf(ch);
    if (k < 1) throw new Error(`“${ch}” is not one of the letters A, B, C`);
    return k;
  });
}

/** Symbols as letters, the blank as ε. */
export function spell(symbols: readonly number[], sep = ' '): string {
  return symbols.map((k) => CLASS_NAMES[k]!).join(sep);
}

/** A flat frame-major list of T·4 logits as rows [T][4]. */
export function logitRows(z: readonly number[]): number[][] {
  return Array.from({ length: Math.floor(z.length / CLASSES) }, (_, t) => z.slice(t * CLASSES, (t + 1) * CLASSES));
}

/** `z` cut or padded with frames of zeros to T frames. */
export function resizeFrames(z: readonly number[], frames: number): number[] {
  return Array.from({ length: frames * CLASSES }, (_, i) => z[i] ?? 0);
}

/** Number of alignments of `target` over `frames` frames (paths through the lattice), counted exactly. */
export function alignmentCount(target: readonly number[], frames: number): number {
  const ext = extendLabels(target, BLANK);
  const S = ext.length;
  let n: number[] = ext.map((_, s) => (s <= 1 ? 1 : 0));
  for (let t = 1; t < frames; t++) {
    n = ext.map((_, s) => n[s]! + (s >= 1 ? n[s - 1]! : 0) + (s >= 2 && ext[s] !== ext[s - 2] ? n[s - 2]! : 0));
  }
  return n[S - 1]! + (S > 1 ? n[S - 2]! : 0);
}

export interface CtcPicture {
  readonly target: readonly number[];
  readonly lattice: CtcLattice;
  /** γ_t(s) [T][S]. */
  readonly gamma: readonly (readonly number[])[];
  /** Whether node s at frame t lies on some alignment [T][S]. */
  readonly live: readonly (readonly boolean[])[];
  /** Per frame and class: the posterior mass the alignments put there [T][4]. */
  readonly wanted: readonly (readonly number[])[];
  /** softmax of each frame [T][4]. */
  readonly probs: readonly (readonly number[])[];
  readonly path: ReturnType<typeof viterbiPath>;
  /** p(target) and the loss −log p / L, the latter from the registry. */
  readonly p: number;
  readonly loss: number;
  /** ∂loss/∂z [T][4], from the registry. */
  readonly grad: readonly (readonly number[])[];
}

/** Everything the figures draw for a word and flat logits. */
export function ctcPicture(word: string, z: readonly number[]): CtcPicture {
  const target = labelsOf(word);
  const logits = logitRows(z);
  const lattice = ctcLattice(logits, target, BLANK);
  const inputs = { logits, target };
  const params = { blank: BLANK };
  return {
    target,
    lattice,
    gamma: nodePosteriors(lattice),
    live: logits.map((_row, t) => lattice.ext.map((_k, s) => onSomeAlignment(lattice, t, s))),
    wanted: classPosteriors(lattice),
    probs: lattice.logProbs.map((row) => row.map(Math.exp)),
    path: viterbiPath(lattice),
    p: Math.exp(lattice.logLikelihood),
    loss: ctc.value(inputs, params),
    grad: ctc.grad(inputs, params).logits as number[][],
  };
}

/** One step of gradient descent on the logits with step size `rate`, rounded to 3 decimals for the link. */
export function descend(z: readonly number[], grad: readonly (readonly number[])[], rate: number): number[] {
  return z.map((v, i) => Math.round((v - rate * grad[Math.floor(i / CLASSES)]![i % CLASSES]!) * 1000) / 1000);
}

export { minFrames };
