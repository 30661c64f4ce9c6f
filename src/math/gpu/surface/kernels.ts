import { getLoss } from '../../losses';
import { surfaceLoss, SURFACE_LOSS_ENTRIES } from '../../surface/registry';
import type { SurfaceLoss } from '../../surface/model';
import { num, withDefaults } from '../../tensor';
import type { ModelKind } from '../../surface/types';
import type { Params } from '../../types';

/** A surface loss as the GPU path uses it: its GLSL, and its model's packing and program pieces. */
export type SurfaceKernel = SurfaceLoss<ModelKind>;

/** Every (model, loss) with a fused surface kernel: every registered surface loss brings its GLSL. */
export const SURFACE_KERNELS: readonly SurfaceKernel[] = SURFACE_LOSS_ENTRIES;

export function surfaceKernel(model: ModelKind, lossId: string): SurfaceKernel | undefined {
  return surfaceLoss(model, lossId);
}

/** Values of the kernel's parameter uniforms (spec defaults filled in), in declaration order. */
export function paramUniforms(kernel: SurfaceKernel, params: Params): number[][] {
  const spec = getLoss(kernel.glsl.id);
  const p = spec ? withDefaults(spec, params) : params;
  return kernel.glsl.params.map((name) => [num(p, name)]);
}
