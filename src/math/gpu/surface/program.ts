import type { GPGPUProgram } from '@tensorflow/tfjs-backend-webgl';
import { GLSL_NUMERICS } from '../glsl/numerics';
import { paramUniformName, type ProgramPieces } from '../../surface/glsl';

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

/**
 * The fused surface program: for each cell of the G×G grid, one pass over the N samples (two per packed
 * texel fetch) that writes one texel (value, ∂u, ∂v, guard) of a packed [G, G, 2, 2] output. The model
 * supplies what happens per sample and around the loop (ProgramPieces), the loss its GLSL.
 * Uniforms: u_grid, u_n, u_split, the model's, then the loss's parameters.
 * The first line of userCode names the model and loss, keeping each loss's binary apart in tfjs's cache,
 * which otherwise keys on class, shapes and userCode (not uniforms): one compile per (loss, G, capacity).
 */
export class FusedSurfaceProgram implements GPGPUProgram {
  readonly variableNames = ['data'];
  readonly outputShape: number[];
  readonly packedInputs = true;
  readonly packedOutput = true;
  readonly customUniforms: Uniforms;
  readonly userCode: string;

  constructor(o: { tag: string; glsl: { readonly params: readonly string[]; readonly source: string; readonly uniform?: (name: string) => string }; pieces: ProgramPieces; size: number; capacity: number; webgl2: boolean }) {
    const { glsl, pieces } = o;
    this.outputShape = [o.size, o.size, 2, 2];
    this.customUniforms = [...COMMON, ...pieces.uniforms.map((u) => ({ ...u })), ...glsl.params.map((p) => ({ name: paramUniformName(glsl, p), type: 'float' as const }))];
    this.userCode = `
// loss-atlas FusedSurfaceProgram: ${o.tag}
${GLSL_NUMERICS}
${glsl.source}${pieces.globals}
void addSample(vec2 s, int i, float u, float v, inout vec4 acc) {${pieces.addSample}
}
void main() {${CELL}${pieces.init}${sampleLoop(o.webgl2, o.capacity / 2)}${pieces.finish}
}`;
  }
}
