/**
 * What the two scalar models (regression, binary) share: one output f = u·a + v·b per sample, so the loss
 * loops read three columns, and a fused GPU program that accumulates ℓ and ℓ'·(a, b) per cell.
 */
import { getLoss } from '../../losses';
import { withDefaults } from '../../tensor';
import type { Params } from '../../types';
import { GUARDED_MARGIN, GUARDED_REFINE_BELOW, type ProfileGlsl, type ProgramPieces } from '../glsl';
import type { Sums } from '../model';

/** Scalar-model data: f_i = u·a_i + v·b_i (regression a = x, b = 1; binary a = x₁, b = x₂), targets y. */
export interface Columns {
  readonly a: Float64Array;
  readonly b: Float64Array;
  readonly y: Float64Array;
}

/** Writes [Σℓ, Σℓ'·a, Σℓ'·b] for f = u·a + v·b into out. */
export type ScalarSums = Sums<Columns>;

/** (weight of label +1, weight of label −1): focal's α_t, 1 for every other loss. */
export function classWeights(glsl: ProfileGlsl, params: Params): readonly [number, number] {
  if (!glsl.classWeights) return [1, 1];
  const spec = getLoss(glsl.id);
  return glsl.classWeights(spec ? withDefaults(spec, params) : params);
}

/**
 * The scalar models' part of the fused program: `body` is addSample's body. acc holds (Σℓ, Σ∂u, Σ∂v, guard),
 * the guard starting at 1e30 (see ProfileGlsl.pair); the texel is the three means and the smallest guard.
 */
export function scalarPieces(body: string, refineBelow?: number): ProgramPieces {
  return {
    ...(refineBelow === undefined ? {} : { refineBelow }),
    uniforms: [{ name: 'u_cw', type: 'vec2' }],
    globals: '',
    addSample: body,
    init: `
  vec4 acc = vec4(0.0, 0.0, 0.0, 1e30);`,
    finish: `
  setOutput(vec4(acc.xyz / float(u_n), acc.w));`,
  };
}

/**
 * A guarded profile's part (ProfileGlsl.guarded) for the sample's profile variable `x` (a GLSL expression in
 * u, v and the packed sample s) and its partial derivatives `dx` (∂x/∂u, ∂x/∂v): adds (ℓ, ℓ'·∂x) and keeps in
 * acc.w the smallest ok at x and at x ± GUARDED_MARGIN. A cell whose sums left float32's range (a NaN, an
 * infinity, or close to overflow) also gets ok 0, so the float64 CPU decides it.
 */
export function guardedPieces(x: string, dx: readonly [string, string]): ProgramPieces {
  const h = GUARDED_MARGIN.toFixed(1);
  const body = `
  float x = ${x};
  vec3 l = profileGuarded(x);
  acc += vec4(l.x, l.y * ${dx[0]}, l.y * ${dx[1]}, 0.0);
  acc.w = min(acc.w, min(l.z, min(profileGuarded(x - ${h}).z, profileGuarded(x + ${h}).z)));`;
  const pieces = scalarPieces(body, GUARDED_REFINE_BELOW);
  return {
    ...pieces,
    finish: `
  float big = max(abs(acc.x), max(abs(acc.y), abs(acc.z)));
  setOutput(vec4(acc.xyz / float(u_n), big < 1e37 ? acc.w : 0.0));`,
  };
}
