/**
 * The metric-learning lesson on the unit circle, where embeddings are directions given by an angle in degrees
 * and the similarity of two is the cosine of the angle between them: InfoNCE over one anchor's batch of
 * negatives, and ArcFace's additive angular margin. Both are softmax cross-entropy rows (numerics-metric).
 */
import { arcLogit, COS_LIMIT } from '../losses/arcface';
import { crossEntropyRow } from '../numerics-metric';
import { softmax } from '../numerics';

const RAD = Math.PI / 180;

/** cos(a − b) for angles a, b in degrees: the cosine similarity of the unit vectors at those angles. */
export function cosineAt(aDeg: number, bDeg: number): number {
  return Math.cos((aDeg - bDeg) * RAD);
}

/** An angle in degrees brought into (−180, 180]. */
export function wrapDeg(a: number): number {
  const w = ((((a + 180) % 360) + 360) % 360) - 180;
  return w === -180 ? 180 : w === 0 ? 0 : w;
}

/** An angle moved by an arrow key: 5° (15° with Shift), right/up counter-clockwise; undefined for other keys. */
export function moveAngle(a: number, key: string, shift: boolean): number | undefined {
  const s = shift ? 15 : 5;
  const d: Record<string, number> = { ArrowRight: s, ArrowUp: s, ArrowLeft: -s, ArrowDown: -s };
  const step = d[key];
  return step === undefined ? undefined : wrapDeg(Math.round(a + step));
}

export interface InfoNceBatch {
  /** s⁺ = cos(anchor, positive). */
  readonly sPos: number;
  /** s⁻ⱼ = cos(anchor, negative j). */
  readonly sNeg: readonly number[];
  /** −log(e^{s⁺/τ} / (e^{s⁺/τ} + Σⱼ e^{s⁻ⱼ/τ})). */
  readonly loss: number;
  /** e^{−loss}: the probability the softmax gives the positive. */
  readonly pPos: number;
  /**
   * Each negative's share of the push, wⱼ = e^{s⁻ⱼ/τ} / Σₖ e^{s⁻ₖ/τ} (they sum to 1): the gradient on s⁻ⱼ is
   * (1 − p⁺)·wⱼ/τ, so as τ falls the weight gathers on the most similar (hardest) negative.
   */
  readonly weights: readonly number[];
  /** Index of the most similar negative (the first of ties). */
  readonly hardest: number;
  /** log(1 + k): the loss when every key is as similar as the positive, chance among k + 1 keys. */
  readonly chance: number;
}

/** InfoNCE of one anchor (query) with its positive key and k ≥ 1 negative keys, temperature τ > 0. */
export function infonceBatch(anchor: number, positive: number, negatives: readonly number[], tau: number): InfoNceBatch {
  const sPos = cosineAt(anchor, positive);
  const sNeg = negatives.map((n) => cosineAt(anchor, n));
  const { loss } = crossEntropyRow([sPos / tau, ...sNeg.map((s) => s / tau)], 0);
  let hardest = 0;
  sNeg.forEach((s, j) => {
    if (s > sNeg[hardest]!) hardest = j;
  });
  return { sPos, sNeg, loss, pPos: Math.exp(-loss), weights: softmax(sNeg.map((s) => s / tau)), hardest, chance: Math.log(1 + negatives.length) };
}

export interface ArcFaceRow {
  /** Angle θ between the feature and its class centre, degrees in [0, 180]. */
  readonly thetaDeg: number;
  /** The true class's logit s·cos(θ + m) (θ + m in radians). */
  readonly trueLogit: number;
  /** The other classes' logits s·cos θⱼ. */
  readonly otherLogits: readonly number[];
  readonly loss: number;
  /** e^{−loss}: the probability of the true class with the margin. */
  readonly pTrue: number;
  /** The same feature's loss with m = 0 (plain softmax on scaled cosines). */
  readonly lossNoMargin: number;
}

const clampCos = (c: number) => Math.min(COS_LIMIT, Math.max(-COS_LIMIT, c));

/**
 * ArcFace for one feature at angle `feature`, its class centre at `centre` and the other classes' centres at
 * `others` (degrees), scale s > 0 and additive angular margin m ≥ 0 in radians, as losses/arcface computes it.
 */
export function arcfaceRow(feature: number, centre: number, others: readonly number[], s: number, m: number): ArcFaceRow {
  const c = cosineAt(feature, centre);
  const otherLogits = others.map((o) => s * clampCos(cosineAt(feature, o)));
  const rowLoss = (mm: number) => crossEntropyRow([arcLogit(c, s, mm), ...otherLogits], 0).loss;
  const loss = rowLoss(m);
  return {
    thetaDeg: Math.acos(Math.min(1, Math.max(-1, c))) / RAD,
    trueLogit: arcLogit(c, s, m),
    otherLogits,
    loss,
    pTrue: Math.exp(-loss),
    lossNoMargin: rowLoss(0),
  };
}
