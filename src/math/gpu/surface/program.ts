import type { GPGPUProgram } from '@tensorflow/tfjs-backend-webgl';
import { GLSL_NUMERICS } from '../glsl/numerics';
import type { ClassGlsl, ProfileGlsl } from '../glsl/types';
import { uniformName } from '../glsl/types';

type Uniforms = NonNullable<GPGPUProgram['customUniforms']>;

/**
 * The sample loop: over pairs of samples (one packed texel fetch each), then the odd last sample.
 * WebGL2 bounds the loop by the uniform; WebGL1 needs a constant bound, so it loops to the pair
 * count of the input's capacity and breaks at the uniform (as tfjs's search-sorted kernel does).
 */
function sampleLoop(webgl2: boolean, pairs: number): string {
  const head = webgl2
    ? 'for (int k = 0; k < full; k++) {'
    : `for (int k = 0; k < ${Math.max(pairs, 1)}; k++) { if (k >= full) break;`;
  return `
  int full = u_n / 2;
  ${head}
    vec4 s = getData(2 * k, 0);
    addSample(s.xy, 2 * k, u, v, acc);
    addSample(s.zw, 2 * k + 1, u, v, acc);
  }
  if (2 * full < u_n) addSample(getData(2 * full, 0).xy, 2 * full, u, v, acc);`;
}

const COMMON: Uniforms = [
  { name: 'u_grid', type: 'vec4' },
  { name: 'u_n', type: 'int' },
  { name: 'u_split', type: 'ivec2' },
];

/** Where a cell sits: output coords are (j, i, 0, 0) of the [G, G, 2, 2] output. */
const CELL = `
  ivec4 c = getOutputCoords();
  float u = u_grid.x + u_grid.z * float(c.y);
  float v = u_grid.y + u_grid.w * float(c.x);`;

/** What both fused surface programs share: the packed data input, read two samples per texel, and a packed [G, G, 2, 2] output. */
abstract class FusedSurfaceProgram implements GPGPUProgram {
  readonly variableNames = ['data'];
  readonly outputShape: number[];
  readonly packedInputs = true;
  readonly packedOutput = true;
  abstract readonly customUniforms: Uniforms;
  abstract readonly userCode: string;

  constructor(size: number) {
    this.outputShape = [size, size, 2, 2];
  }
}

/**
 * Fused surface of a scalar model (regression or binary): for each cell of the G×G grid, the mean over
 * the N samples of ℓ and of ℓ'·∂f/∂(u, v), written as one texel (value, ∂u, ∂v, guard) of a
 * packed [G, G, 2, 2] output (guard: the smallest ProfileGlsl.pair guard, else 1e30).
 * Uniforms: u_grid, u_n, u_split, u_cw (class weights), then the loss's.
 * The first line of userCode names the loss, keeping each loss's binary apart in tfjs's cache, which
 * otherwise keys on class, shapes and userCode (not uniforms): one compile per (loss, G, capacity).
 */
export class ScalarSurfaceProgram extends FusedSurfaceProgram {
  readonly customUniforms: Uniforms;
  readonly userCode: string;

  constructor(o: { model: 'regression' | 'binary'; glsl: ProfileGlsl; size: number; capacity: number; webgl2: boolean }) {
    super(o.size);
    const { model, glsl } = o;
    this.customUniforms = [...COMMON, { name: 'u_cw', type: 'vec2' }, ...glsl.params.map((p) => ({ name: uniformName(p), type: 'float' as const }))];
    const weighted = glsl.classWeights !== undefined;
    let body: string;
    if (model === 'binary') {
      // (a, b) = y·(x₁, x₂): margin m = u·a + v·b, ∂m/∂u = a, ∂m/∂v = b.
      body = `
  vec2 l = profileAt(u * s.x + v * s.y);
  float w = ${weighted ? '(i < u_split.x ? u_cw.x : u_cw.y)' : '1.0'};
  acc += w * vec4(l.x, l.y * s.x, l.y * s.y, 0.0);`;
    } else if (glsl.pair) {
      // ℓ(f, y) with f = u·x + v; acc.w keeps the smallest guard (≤ 0: an undefined sample, skipped).
      body = `
  float f = u * s.x + v;
  float y = s.y;
  float guard = ${glsl.pair.guard};
  acc.w = min(acc.w, guard);
  if (!(guard > 0.0)) return;
  vec2 l = sampleAt(f, y);
  acc += vec4(l.x, l.y * s.x, l.y, 0.0);`;
    } else {
      // residual r = u·x + v − y: ∂r/∂u = x, ∂r/∂v = 1.
      body = `
  vec2 l = profileAt(u * s.x + v - s.y);
  acc += vec4(l.x, l.y * s.x, l.y, 0.0);`;
    }
    this.userCode = `
// loss-atlas ScalarSurfaceProgram: ${model}/${glsl.id}
${GLSL_NUMERICS}
${glsl.source}
void addSample(vec2 s, int i, float u, float v, inout vec4 acc) {${body}
}
void main() {${CELL}
  vec4 acc = vec4(0.0, 0.0, 0.0, 1e30);${sampleLoop(o.webgl2, o.capacity / 2)}
  setOutput(vec4(acc.xyz / float(u_n), acc.w));
}`;
  }
}

/**
 * Fused surface of the 3-class linear classifier on a slice W(u, v) = O + u·D1 + v·D2 (rows = classes,
 * columns (w₁, w₂, b)): per cell, the mean of ℓ(W x̃, y) and ⟨∇_W ℓ, D1⟩, ⟨∇_W ℓ, D2⟩, x̃ = (x₁, x₂, 1).
 * ∇_W is accumulated as three rows Σ gₖ·x̃ and projected on D1, D2 once per cell.
 */
export class Softmax3SurfaceProgram extends FusedSurfaceProgram {
  readonly customUniforms: Uniforms;
  readonly userCode: string;

  constructor(o: { glsl: ClassGlsl; size: number; capacity: number; webgl2: boolean }) {
    super(o.size);
    this.customUniforms = [
      ...COMMON,
      ...['u_o', 'u_d1', 'u_d2'].map((name) => ({ name, type: 'vec3' as const, arrayIndex: 3 })),
      ...o.glsl.params.map((p) => ({ name: uniformName(p), type: 'float' as const })),
    ];
    this.userCode = `
// loss-atlas Softmax3SurfaceProgram: softmax3/${o.glsl.id}
${GLSL_NUMERICS}
${o.glsl.source}
vec3 W0; vec3 W1; vec3 W2; vec3 G0; vec3 G1; vec3 G2;
void addSample(vec2 s, int i, float u, float v, inout vec4 acc) {
  vec3 xt = vec3(s, 1.0);
  int y = i < u_split.x ? 0 : (i < u_split.y ? 1 : 2);
  vec3 g;
  acc.x += classLoss(vec3(dot(W0, xt), dot(W1, xt), dot(W2, xt)), y, g);
  G0 += g.x * xt;
  G1 += g.y * xt;
  G2 += g.z * xt;
}
void main() {${CELL}
  W0 = u_o[0] + u * u_d1[0] + v * u_d2[0];
  W1 = u_o[1] + u * u_d1[1] + v * u_d2[1];
  W2 = u_o[2] + u * u_d1[2] + v * u_d2[2];
  G0 = vec3(0.0); G1 = vec3(0.0); G2 = vec3(0.0);
  vec4 acc = vec4(0.0);${sampleLoop(o.webgl2, o.capacity / 2)}
  float du = dot(G0, u_d1[0]) + dot(G1, u_d1[1]) + dot(G2, u_d1[2]);
  float dv = dot(G0, u_d2[0]) + dot(G1, u_d2[1]) + dot(G2, u_d2[2]);
  setOutput(vec4(acc.x, du, dv, 0.0) / float(u_n));
}`;
  }
}
