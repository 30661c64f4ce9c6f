/**
 * The GLSL a surface loss brings, as plain strings (nothing here knows tfjs): src/math/gpu builds the
 * fused programs from these pieces and from the model's (SurfaceModel.gpu).
 */

/**
 * A loss's 1-D profile in GLSL: `source` defines
 *   vec2 profileAt(float x)
 * returning (ℓ(x), dℓ/dx) along the profile's variable — the residual r = f − y (regression) or
 * the margin m = y·f (binary, labels ±1). It mirrors the float64 profile functions of the spec
 * branch for branch; the surface kernels and (where natural) the batch kernels are built on it.
 * `source` may call the helpers of gpu/glsl/numerics.ts.
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
  /**
   * A typed loss (issue 20): `source` defines `vec3 profileGuarded(float x)` = (ℓ, dℓ/dx, ok) instead of
   * profileAt, ok being 0.0 where float32 met trouble (a log or sqrt of a negative, a zero divisor, an
   * overflow). The kernel keeps the smallest ok, and cells where it is below GUARDED_REFINE_BELOW are
   * recomputed in float64 on the CPU, which decides exactly whether they are defined.
   */
  readonly guarded?: true;
  /**
   * The uniform that carries parameter `name`, when not uniformName(name): a typed loss's parameters may be
   * called anything (grid, n, split, cw), so they take names of their own (ownUniformName).
   */
  readonly uniform?: (name: string) => string;
}

/** A guarded profile's ok is 1 or 0: cells whose smallest ok is below this are redone in float64. */
export const GUARDED_REFINE_BELOW = 0.5;

/**
 * How near (in the profile's variable) a sample may come to where the formula is undefined before its cell is
 * redone in float64: close to such an edge (sqrt or log near 0) the derivative grows faster than float32 can
 * follow, as msle's does near its pole (the same 0.1). The kernel also asks for ok at x ± this.
 */
export const GUARDED_MARGIN = 0.1;

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

/**
 * The uniform of a typed loss's parameter `name` (one of `params`): u_own_<its index>. No built-in parameter
 * or program uniform starts with u_own_, the names stay distinct whatever the person calls a parameter, and a
 * number never forms the double underscore GLSL reserves.
 */
export function ownUniformName(params: readonly string[], name: string): string {
  const i = params.indexOf(name);
  if (i < 0) throw new Error(`"${name}" is not a parameter of this formula`);
  return `u_own_${i}`;
}

/** The uniform of parameter `name` of a loss's GLSL: its own naming if it has one, else uniformName. */
export function paramUniformName(glsl: { readonly uniform?: (name: string) => string }, name: string): string {
  return glsl.uniform ? glsl.uniform(name) : uniformName(name);
}

/** A custom uniform of a fused program, as tfjs's GPGPUProgram.customUniforms declares one. */
export interface UniformDecl {
  readonly name: string;
  readonly type: 'float' | 'int' | 'vec2' | 'vec3' | 'vec4' | 'ivec2';
  readonly arrayIndex?: number;
}

/**
 * What a model adds to the fused surface program around a loss's GLSL (see gpu/surface/program.ts for the
 * frame: the cell's (u, v), the packed two-samples-per-texel loop, one (value, ∂u, ∂v, guard) texel out).
 */
export interface ProgramPieces {
  /** Uniforms after the common ones (grid, n, split) and before the loss's parameters. */
  readonly uniforms: readonly UniformDecl[];
  /** Globals declared after the loss's source. */
  readonly globals: string;
  /** Body of `void addSample(vec2 s, int i, float u, float v, inout vec4 acc)`: s is one packed sample. */
  readonly addSample: string;
  /** main() before the loop, after u and v are set: must declare `vec4 acc`. */
  readonly init: string;
  /** main() after the loop: must call setOutput. */
  readonly finish: string;
  /** Cells whose guard (the texel's 4th number) falls below this are redone in float64 (ProfileGlsl.pair). */
  readonly refineBelow?: number;
}
