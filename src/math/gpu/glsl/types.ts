import type { ProfileGlsl } from '../../surface/glsl';

export { uniformName, type ClassGlsl, type ProfileGlsl } from '../../surface/glsl';

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
