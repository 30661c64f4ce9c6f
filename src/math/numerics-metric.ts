/**
 * Vector helpers shared by the metric-learning losses (contrastive, triplet, InfoNCE, ArcFace, GE2E):
 * dot products, Euclidean norms, the backward pass of x ↦ x/‖x‖, and a cross-entropy row that stays
 * accurate when the loss is tiny (the target logit far above the rest).
 */
import { LossInputError } from './tensor';

export type Vec = readonly number[];

/** A vector of n zeros. */
export function zeros(n: number): number[] {
  return Array.from({ length: n }, () => 0);
}

/** a · b. */
export function dot(a: Vec, b: Vec): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** a − b. */
export function sub(a: Vec, b: Vec): number[] {
  return a.map((x, i) => x - b[i]!);
}

/** c·a. */
export function scale(a: Vec, c: number): number[] {
  return a.map((x) => c * x);
}

/** out += c·a, in place. */
export function addScaled(out: number[], a: Vec, c: number): void {
  for (let i = 0; i < out.length; i++) out[i]! += c * a[i]!;
}

/** ‖a‖₂ = √(Σ aᵢ²), plain (no ε added, unlike PyTorch's pairwise_distance). */
export function norm(a: Vec): number {
  return Math.sqrt(dot(a, a));
}

/** a/‖a‖; throws for a zero vector, whose direction (and so any cosine) is undefined. */
export function unit(a: Vec, what: string): { readonly u: number[]; readonly len: number } {
  const len = norm(a);
  if (!(len > 0) || !Number.isFinite(len)) throw new LossInputError(`${what} must be a finite non-zero vector`);
  return { u: scale(a, 1 / len), len };
}

/**
 * Backward pass of û = a/‖a‖: given g = dL/dû, returns dL/da = (g − û(û·g)) / ‖a‖,
 * the part of g orthogonal to û, shrunk by the length (cosines are scale invariant).
 */
export function unitBackward(u: Vec, len: number, g: Vec): number[] {
  const c = dot(u, g);
  return g.map((gi, i) => (gi - u[i]! * c) / len);
}

/**
 * Gradients with respect to the raw rows of x [n][d] and W [C][d] of a loss of the cosines cos_ij = x̂_i·ŵ_j, given
 * dL/dcos_ij: the chain rule through both normalisations (the margin-softmax losses).
 */
export function cosineGradients(
  x: readonly { readonly u: Vec; readonly len: number }[],
  W: readonly { readonly u: Vec; readonly len: number }[],
  dCos: (i: number, j: number) => number,
): { x: number[][]; W: number[][] } {
  const gx = x.map((xi) => zeros(xi.u.length));
  const gW = W.map((wj) => zeros(wj.u.length));
  x.forEach((xi, i) => {
    W.forEach((wj, j) => {
      const g = dCos(i, j);
      if (g === 0) return;
      addScaled(gx[i]!, wj.u, g);
      addScaled(gW[j]!, xi.u, g);
    });
  });
  return {
    x: gx.map((g, i) => unitBackward(x[i]!.u, x[i]!.len, g)),
    W: gW.map((g, j) => unitBackward(W[j]!.u, W[j]!.len, g)),
  };
}

/**
 * Cross-entropy of one row of logits z against class t, and dℓ/dz.
 * ℓ = log Σⱼ exp(zⱼ − z_t), evaluated as log1p(Σ_{j≠t} exp(zⱼ − z_t)) when z_t is the largest, so
 * losses of 1e-20 keep their digits; the target's gradient is −Σ_{j≠t} pⱼ rather than p_t − 1 for the same reason.
 */
export function crossEntropyRow(z: Vec, t: number): { readonly loss: number; readonly dz: number[] } {
  const zt = z[t]!;
  const d = z.map((zj) => zj - zt);
  let mx = 0;
  for (const dj of d) if (dj > mx) mx = dj;
  let s = 0;
  for (let j = 0; j < d.length; j++) if (j !== t) s += Math.exp(d[j]! - mx);
  const loss = mx === 0 ? Math.log1p(s) : mx + Math.log(s + Math.exp(-mx));
  const dz = d.map((dj) => Math.exp(dj - loss));
  let rest = 0;
  for (let j = 0; j < dz.length; j++) if (j !== t) rest += dz[j]!;
  dz[t] = -rest;
  return { loss, dz };
}

/** Throws unless the two matrices have the same number of rows and of columns; returns [n, d]. */
export function sameShape(a: readonly Vec[], b: readonly Vec[], what: string): [number, number] {
  if (a.length !== b.length) throw new LossInputError(`${what}: inputs have different numbers of rows`);
  if (a.length === 0) throw new LossInputError('a batch needs at least one sample');
  if (a[0]!.length !== b[0]!.length) throw new LossInputError(`${what}: embeddings have different dimensions`);
  if (a[0]!.length === 0) throw new LossInputError(`${what}: embeddings need at least one dimension`);
  return [a.length, a[0]!.length];
}
