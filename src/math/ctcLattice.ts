/**
 * The CTC alignment lattice (Graves et al. 2006) of one sequence, in log space.
 *
 * The target y = (y₁ … y_L) is extended with blanks b to y′ = (b, y₁, b, y₂, …, y_L, b), S = 2L + 1 nodes.
 * An alignment visits one node per frame: it starts at node 0 or 1, at each frame stays, moves down one,
 * or moves down two (skipping a blank, allowed only between different labels), and ends at node S − 1
 * or S − 2. Collapsing its symbols (merge repeats, then drop blanks) gives y.
 */
import { logSoftmax, logSumExp } from './numerics';
import { LossInputError } from './tensor';

export interface CtcLattice {
  /** Extended labels y′ [S]. */
  readonly ext: readonly number[];
  readonly blank: number;
  /** log_softmax of each frame's logits [T][C]. */
  readonly logProbs: readonly (readonly number[])[];
  /** α_t(s) = log p(frames 1…t, ending at node s at frame t) [T][S]. */
  readonly alpha: readonly (readonly number[])[];
  /** β_t(s) = log p(frames t+1…T | node s at frame t) [T][S]. */
  readonly beta: readonly (readonly number[])[];
  /** log p(y | logits), summed over every alignment. */
  readonly logLikelihood: number;
}

/** y′ = (b, y₁, b, y₂, …, y_L, b). */
export function extendLabels(target: readonly number[], blank: number): number[] {
  const ext = [blank];
  for (const y of target) ext.push(y, blank);
  return ext;
}

/** Labels equal to their predecessor: each needs a blank frame between the two. */
export function adjacentRepeats(target: readonly number[]): number {
  let r = 0;
  for (let i = 1; i < target.length; i++) if (target[i] === target[i - 1]) r++;
  return r;
}

/** The fewest frames that can spell `target`: L + (adjacent repeats). */
export function minFrames(target: readonly number[]): number {
  return target.length + adjacentRepeats(target);
}

/** Whether node s may be entered from s − 2 (a skip over the blank between two different labels). */
export function canSkip(ext: readonly number[], s: number): boolean {
  return s >= 2 && ext[s] !== ext[s - 2];
}

/** The nodes an alignment may move to from node s at the next frame. */
export function successors(ext: readonly number[], s: number): number[] {
  const out = [s];
  if (s + 1 < ext.length) out.push(s + 1);
  if (s + 2 < ext.length && canSkip(ext, s + 2)) out.push(s + 2);
  return out;
}

/** Merge runs of equal symbols, then drop blanks: the labels an alignment spells. */
export function collapse(symbols: readonly number[], blank: number): number[] {
  const out: number[] = [];
  symbols.forEach((c, t) => {
    if (c !== blank && (t === 0 || symbols[t - 1] !== c)) out.push(c);
  });
  return out;
}

/** Throws a LossInputError unless the logits, target and blank describe a possible CTC alignment problem. */
export function checkCtcInputs(logits: readonly (readonly number[])[], target: readonly number[], blank: number): void {
  const frames = logits.length;
  if (frames === 0) throw new LossInputError('input "logits" needs at least one frame');
  const classes = logits[0]!.length;
  if (classes < 2) throw new LossInputError('input "logits" needs at least two classes (the blank and a label)');
  if (!Number.isInteger(blank) || blank < 0 || blank >= classes) {
    throw new LossInputError(`parameter "blank" must be a class id 0…${classes - 1}; got ${blank}`);
  }
  if (target.length === 0) throw new LossInputError('input "target" needs at least one label');
  for (const y of target) {
    if (!Number.isInteger(y) || y < 0 || y >= classes) {
      throw new LossInputError(`input "target" must hold class ids 0…${classes - 1}; got ${y}`);
    }
    if (y === blank) throw new LossInputError(`input "target" contains the blank class ${blank}`);
  }
  const need = minFrames(target);
  if (frames < need) {
    throw new LossInputError(
      `input "target" cannot be aligned: ${target.length} labels with ${adjacentRepeats(target)} adjacent repeats need at least ` +
        `${need} frames, and "logits" has ${frames}`,
    );
  }
}

function forward(lp: readonly (readonly number[])[], ext: readonly number[]): number[][] {
  const S = ext.length;
  const alpha = lp.map(() => Array.from({ length: S }, () => -Infinity));
  alpha[0]![0] = lp[0]![ext[0]!]!;
  if (S > 1) alpha[0]![1] = lp[0]![ext[1]!]!;
  for (let t = 1; t < lp.length; t++) {
    const prev = alpha[t - 1]!;
    for (let s = 0; s < S; s++) {
      const from = [prev[s]!];
      if (s >= 1) from.push(prev[s - 1]!);
      if (canSkip(ext, s)) from.push(prev[s - 2]!);
      alpha[t]![s] = logSumExp(from) + lp[t]![ext[s]!]!;
    }
  }
  return alpha;
}

function backward(lp: readonly (readonly number[])[], ext: readonly number[]): number[][] {
  const S = ext.length;
  const T = lp.length;
  const beta = lp.map(() => Array.from({ length: S }, () => -Infinity));
  beta[T - 1]![S - 1] = 0;
  if (S > 1) beta[T - 1]![S - 2] = 0;
  for (let t = T - 2; t >= 0; t--) {
    for (let s = 0; s < S; s++) {
      beta[t]![s] = logSumExp(successors(ext, s).map((n) => lp[t + 1]![ext[n]!]! + beta[t + 1]![n]!));
    }
  }
  return beta;
}

/**
 * The lattice of `target` over the frames of `logits` [T][C] (unnormalised; log_softmax is taken per frame),
 * with `blank` the blank's class id. Throws a LossInputError for an impossible or malformed problem.
 */
export function ctcLattice(logits: readonly (readonly number[])[], target: readonly number[], blank: number): CtcLattice {
  checkCtcInputs(logits, target, blank);
  const ext = extendLabels(target, blank);
  const logProbs = logits.map((row) => logSoftmax(row));
  const alpha = forward(logProbs, ext);
  const beta = backward(logProbs, ext);
  const last = alpha[alpha.length - 1]!;
  const logLikelihood = logSumExp([last[ext.length - 1]!, last[ext.length - 2]!]);
  return { ext, blank, logProbs, alpha, beta, logLikelihood };
}

/** γ_t(s) = exp(α_t(s) + β_t(s) − log p): the share of p(y) whose alignments pass node s at frame t [T][S]. */
export function nodePosteriors(lat: CtcLattice): number[][] {
  return lat.alpha.map((row, t) => row.map((a, s) => Math.exp(a + lat.beta[t]![s]! - lat.logLikelihood)));
}

/** Per frame and class, Σ of γ_t(s) over the nodes s that emit that class [T][C]. */
export function classPosteriors(lat: CtcLattice): number[][] {
  const gamma = nodePosteriors(lat);
  return lat.logProbs.map((row, t) => {
    const out = row.map(() => 0);
    gamma[t]!.forEach((g, s) => {
      out[lat.ext[s]!]! += g;
    });
    return out;
  });
}

/** d(−log p(y)) / d logits [T][C] = softmax(logits_t)_k − Σ_{s: y′_s = k} γ_t(s). */
export function negLogLikelihoodGrad(lat: CtcLattice): number[][] {
  const post = classPosteriors(lat);
  return lat.logProbs.map((row, t) => row.map((l, k) => Math.exp(l) - post[t]![k]!));
}

export interface ViterbiPath {
  /** The lattice node visited at each frame [T]. */
  readonly nodes: readonly number[];
  /** The class emitted at each frame [T]. */
  readonly symbols: readonly number[];
  /** log of the path's probability, Σ_t log p_t(symbol_t). */
  readonly logProb: number;
}

/**
 * The single most likely alignment: the forward recursion with max in place of the sum. Ties prefer staying
 * over moving on, and ending on the last label over the final blank.
 */
export function viterbiPath(lat: CtcLattice): ViterbiPath {
  const { ext, logProbs: lp } = lat;
  const S = ext.length;
  const T = lp.length;
  const delta = lp.map(() => Array.from({ length: S }, () => -Infinity));
  const back = lp.map(() => Array.from({ length: S }, () => -1));
  delta[0]![0] = lp[0]![ext[0]!]!;
  if (S > 1) delta[0]![1] = lp[0]![ext[1]!]!;
  for (let t = 1; t < T; t++) {
    for (let s = 0; s < S; s++) {
      const from = [s];
      if (s >= 1) from.push(s - 1);
      if (canSkip(ext, s)) from.push(s - 2);
      let best = from[0]!;
      for (const f of from) if (delta[t - 1]![f]! > delta[t - 1]![best]!) best = f;
      delta[t]![s] = delta[t - 1]![best]! + lp[t]![ext[s]!]!;
      back[t]![s] = best;
    }
  }
  let end = S - 1;
  if (S > 1 && delta[T - 1]![S - 2]! >= delta[T - 1]![S - 1]!) end = S - 2;
  const nodes: number[] = Array.from({ length: T }, () => 0);
  nodes[T - 1] = end;
  for (let t = T - 1; t > 0; t--) nodes[t - 1] = back[t]![nodes[t]!]!;
  return { nodes, symbols: nodes.map((s) => ext[s]!), logProb: delta[T - 1]![end]! };
}

/** Whether node s at frame t lies on some complete alignment (both α and β finite). */
export function onSomeAlignment(lat: CtcLattice, t: number, s: number): boolean {
  return lat.alpha[t]![s]! > -Infinity && lat.beta[t]![s]! > -Infinity;
}
