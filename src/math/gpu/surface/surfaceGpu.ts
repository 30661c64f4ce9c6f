import type { GPGPUProgram } from '@tensorflow/tfjs-backend-webgl';
import type { Tensor } from '@tensorflow/tfjs-core';
import { checkObjective } from '../../surface/objective';
import { checkGrid, surfaceCpu } from '../../surface/surfaceCpu';
import type { SurfaceRequest, SurfaceResult } from '../../surface/types';
import { contextLost, GpuContextLostError, untilContextLost, type GpuRuntime } from '../backend';
import { assembleSurface } from './assemble';
import { paramUniforms, surfaceKernel } from './kernels';
import { gridUniform } from './pack';
import { FusedSurfaceProgram } from './program';

interface Built {
  readonly program: GPGPUProgram;
  readonly uniforms: number[][];
  readonly rows: Float32Array;
  /** Rows in the input tensor (the padded capacity). */
  readonly capacity: number;
  /** Cells whose guard falls below this are redone in float64 (pair kernels only). */
  readonly refineBelow?: number;
}

/** The program and its uniform values for a request the float64 core has already accepted. */
function build(rt: GpuRuntime, req: SurfaceRequest): Built {
  const { dataset: ds, grid } = req;
  const kernel = surfaceKernel(ds.kind, req.lossId);
  if (!kernel) throw new Error(`no GPU surface kernel for ${ds.kind}/${req.lossId}`);
  const packed = kernel.pack(ds);
  const pieces = kernel.program();
  const program = new FusedSurfaceProgram({
    tag: `${ds.kind}/${kernel.id}`,
    glsl: kernel.glsl,
    pieces,
    size: grid.size,
    capacity: packed.capacity,
    webgl2: rt.webglVersion === 2,
  });
  const uniforms = [gridUniform(grid), [packed.n], [...packed.split], ...kernel.programUniforms(req, req.params), ...paramUniforms(kernel, req.params)];
  return { program, uniforms, rows: packed.rows, capacity: packed.capacity, refineBelow: pieces.refineBelow };
}

/** Runs the fused program once and reads back its [G, G, 2, 2] texels; every tensor is disposed. */
async function runProgram(rt: GpuRuntime, built: Built): Promise<Float32Array> {
  const { program, uniforms, rows, capacity } = built;
  const { tf, backend } = rt;
  let input: Tensor | undefined;
  let output: Tensor | undefined;
  try {
    input = tf.tensor2d(rows, [capacity, 2], 'float32');
    output = tf.engine().makeTensorFromTensorInfo(backend.compileAndRun(program, [input], 'float32', uniforms));
    if (contextLost(rt)) throw new GpuContextLostError();
    const texels = (await untilContextLost(rt, output.data())) as Float32Array;
    if (contextLost(rt)) throw new GpuContextLostError();
    return texels;
  } catch (e) {
    throw contextLost(rt) ? new GpuContextLostError() : e;
  } finally {
    input?.dispose();
    output?.dispose();
  }
}

/**
 * The surface of `req` computed by a fused WebGL program: for every cell of the G×G grid, the mean
 * over the N samples of the loss and of its two partial derivatives, in one pass that loops over the
 * data inside the shader (float32), then + λR(w) on the CPU through the core's regularizerOf
 * (float64, bias never regularized). msle cells at or near its pole (prediction ≤ −0.9) are evaluated
 * in float64 on the CPU (see ProfileGlsl.pair). Same contract as surfaceCpu: a request the core rejects gives
 * its all-NaN result with `problem`; cells where the loss is undefined are NaN and counted.
 * Rejects with GpuContextLostError when the WebGL context is lost (before or during the call).
 */
export async function surfaceGpu(rt: GpuRuntime, req: SurfaceRequest): Promise<SurfaceResult> {
  if (contextLost(rt)) throw new GpuContextLostError();
  if (checkGrid(req.grid) || checkObjective(req)) return surfaceCpu(req);
  const built = build(rt, req);
  return assembleSurface(req, await runProgram(rt, built), built.refineBelow);
}
