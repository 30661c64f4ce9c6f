/**
 * GLSL for one loss at one sample. `source` defines
 *   vec2 lossAt(float x, float t)
 * returning (ℓ(x, t), ∂ℓ/∂x): the per-sample loss of input x against target t and its
 * derivative with respect to x. It mirrors the float64 spec in src/math/losses (same branches,
 * same stable forms), so the two can be compared sample by sample.
 */
export interface LossGlsl {
  /** The registry id of the loss this snippet mirrors. */
  readonly id: string;
  /** Spec parameter names, in uniform order; each arrives as `uniform float u_<name>`. */
  readonly params: readonly string[];
  readonly source: string;
}

/**
 * A loss's 1-D profile in GLSL: `source` defines
 *   vec2 profileAt(float x)
 * returning (ℓ(x), dℓ/dx) along the profile's variable — the residual r = f − y (regression) or
 * the margin m = y·f (binary, labels ±1). It mirrors the float64 profile functions of the spec
 * branch for branch; the surface kernels and (where natural) the batch kernels are built on it.
 * `source` may call the helpers of glsl/numerics.ts.
 */
export interface ProfileGlsl {
  readonly id: string;
  readonly axis: 'residual' | 'margin';
  /** Spec parameter names read by `source` as `uniform float u_<name>`, in uniform order. */
  readonly params: readonly string[];
  readonly source: string;
  /**
   * Per-class weights (label +1, label −1) multiplying ℓ and ℓ' — focal's α_t. Absent: both 1.
   * Evaluated on the CPU from the spec's parameters.
   */
  readonly classWeights?: (params: Readonly<Record<string, number | string>>) => readonly [pos: number, neg: number];
  /**
   * A sample loss that is not a function of r alone and has a pole (msle: ℓ(f, y), undefined unless
   * f, y > −1): `source` then defines `vec2 sampleAt(float f, float y)` instead of profileAt. `guard` is a
   * GLSL expression in f and y, > 0 exactly where the sample is defined; the kernel returns its minimum
   * over the samples, and cells where it falls below `refineBelow` — undefined, or so near the pole that
   * float32 cannot reach the float64 surface to 1e-4 of its range — are recomputed in float64 on the CPU.
   */
  readonly pair?: { readonly guard: string; readonly refineBelow: number };
}

/**
 * A per-sample loss of a 3-class logit row: `source` defines
 *   float classLoss(vec3 z, int y, out vec3 g)
 * returning ℓ(z, y) and writing ∂ℓ/∂z into g. Mirrors the float64 per-sample functions.
 */
export interface ClassGlsl {
  readonly id: string;
  readonly params: readonly string[];
  readonly source: string;
}

/** The GLSL uniform that carries spec parameter `name`. */
export function uniformName(name: string): string {
  return `u_${name}`;
}

/** A batch kernel lossAt(x, t) = profileAt(x − t), for a loss whose residual profile is the whole story. */
export function residualBatch(profile: ProfileGlsl, numerics = ''): LossGlsl {
  return {
    id: profile.id,
    params: profile.params,
    source: `${numerics}${profile.source}
vec2 lossAt(float x, float t) {
  return profileAt(x - t);
}`,
  };
}
