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

/** The GLSL uniform that carries spec parameter `name`. */
export function uniformName(name: string): string {
  return `u_${name}`;
}
