import type { GPGPUProgram } from '@tensorflow/tfjs-backend-webgl';
import type { Tensor } from '@tensorflow/tfjs-core';
import type { Params } from '../types';
import { num, sameLength, withDefaults } from '../tensor';
import type { GpuRuntime } from './backend';
import { meanOf, specOf, type BatchResult, type LossBatch } from './batch';
import { getLossGlsl } from './kernels';
import { uniformName, type LossGlsl } from './glsl/types';

/**
 * One fused pass over a batch. The input is the [n, 2] matrix of (xᵢ, tᵢ) rows, packed, so one
 * texel fetch brings (xᵢ, tᵢ, xᵢ₊₁, tᵢ₊₁); the packed [n, 2] output texel at the same place gets
 * (ℓᵢ, ∂ℓᵢ, ℓᵢ₊₁, ∂ℓᵢ₊₁). No loop, so it compiles under WebGL1 as well as WebGL2. The tag
 * comment keeps each loss's binary apart in tfjs's program cache.
 */
class LossBatchProgram implements GPGPUProgram {
  readonly variableNames = ['pairs'];
  readonly outputShape: number[];
  readonly packedInputs = true;
  readonly packedOutput = true;
  readonly customUniforms: NonNullable<GPGPUProgram['customUniforms']>;
  readonly userCode: string;

  constructor(kernel: LossGlsl, n: number) {
    this.outputShape = [n, 2];
    this.customUniforms = kernel.params.map((p) => ({ name: uniformName(p), type: 'float' as const }));
    this.userCode = `
// loss-atlas LossBatchProgram: ${kernel.id}
${kernel.source}
void main() {
  ivec2 rc = getOutputCoords();
  vec4 s = getPairs(rc.x, 0);
  setOutput(vec4(lossAt(s.x, s.y), lossAt(s.z, s.w)));
}`;
  }
}

/**
 * Per-sample loss and ∂ℓ/∂x of `lossId` on the GPU, in float32, read back as float64 arrays.
 * Throws for a loss without a GPU kernel. Every tensor is disposed, on success or failure.
 */
export async function evaluateOnGpu(
  rt: GpuRuntime,
  lossId: string,
  batch: LossBatch,
  params: Params = {},
): Promise<BatchResult> {
  const kernel = getLossGlsl(lossId);
  if (!kernel) throw new Error(`no GPU kernel for loss "${lossId}"`);
  const p = withDefaults(specOf(lossId), params);
  const uniforms = kernel.params.map((name) => [num(p, name)]);
  const n = sameLength(batch.x, batch.target);
  const pairs = new Float32Array(2 * n);
  for (let i = 0; i < n; i++) {
    pairs[2 * i] = batch.x[i]!;
    pairs[2 * i + 1] = batch.target[i]!;
  }
  const { tf, backend } = rt;
  let input: Tensor | undefined;
  let output: Tensor | undefined;
  try {
    input = tf.tensor2d(pairs, [n, 2], 'float32');
    const info = backend.compileAndRun(new LossBatchProgram(kernel, n), [input], 'float32', uniforms);
    output = tf.engine().makeTensorFromTensorInfo(info);
    const out = await output.data();
    const value = new Float64Array(n);
    const derivative = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      value[i] = out[2 * i]!;
      derivative[i] = out[2 * i + 1]!;
    }
    return { value, derivative, mean: meanOf(value) };
  } finally {
    input?.dispose();
    output?.dispose();
  }
}
