import { logisticProfileGlsl } from '../glsl/bceLogits';
import { focalProfileGlsl } from '../glsl/focal';
import { hingeProfileGlsl } from '../glsl/hinge';
import { huberProfileGlsl } from '../glsl/huber';
import { logCoshProfileGlsl } from '../glsl/logCosh';
import { maeProfileGlsl } from '../glsl/mae';
import { mseProfileGlsl } from '../glsl/mse';
import { msleProfileGlsl } from '../glsl/msle';
import { multiclassHingeGlsl } from '../glsl/multiclassHinge';
import { quantileProfileGlsl } from '../glsl/quantile';
import { smoothL1ProfileGlsl } from '../glsl/smoothL1';
import { softmaxCeGlsl } from '../glsl/softmaxCe';
import { squaredHingeProfileGlsl } from '../glsl/squaredHinge';
import type { ClassGlsl, ProfileGlsl } from '../glsl/types';
import { getLoss } from '../../losses';
import { num, withDefaults } from '../../tensor';
import type { ModelKind } from '../../surface/types';
import type { Params } from '../../types';

/** The GLSL a surface model runs for one loss: a profile (scalar models) or a class-row loss (softmax3). */
export type SurfaceKernel =
  | { readonly model: 'regression' | 'binary'; readonly glsl: ProfileGlsl }
  | { readonly model: 'softmax3'; readonly glsl: ClassGlsl };

/** Every (model, loss) with a fused surface kernel; surface/kernels.test.ts holds it to SURFACE_LOSSES. */
export const SURFACE_KERNELS: readonly SurfaceKernel[] = [
  ...[mseProfileGlsl, maeProfileGlsl, huberProfileGlsl, smoothL1ProfileGlsl, logCoshProfileGlsl, quantileProfileGlsl, msleProfileGlsl].map(
    (glsl) => ({ model: 'regression' as const, glsl }),
  ),
  ...[hingeProfileGlsl, squaredHingeProfileGlsl, logisticProfileGlsl, focalProfileGlsl].map((glsl) => ({ model: 'binary' as const, glsl })),
  ...[softmaxCeGlsl, multiclassHingeGlsl].map((glsl) => ({ model: 'softmax3' as const, glsl })),
];

export function surfaceKernel(model: ModelKind, lossId: string): SurfaceKernel | undefined {
  return SURFACE_KERNELS.find((k) => k.model === model && k.glsl.id === lossId);
}

/** Values of the kernel's parameter uniforms (spec defaults filled in), in declaration order. */
export function paramUniforms(kernel: SurfaceKernel, params: Params): number[][] {
  const spec = getLoss(kernel.glsl.id);
  const p = spec ? withDefaults(spec, params) : params;
  return kernel.glsl.params.map((name) => [num(p, name)]);
}

/** (weight of label +1, weight of label −1): focal's α_t, 1 for every other loss. */
export function classWeights(kernel: SurfaceKernel, params: Params): readonly [number, number] {
  if (kernel.model !== 'binary' || !kernel.glsl.classWeights) return [1, 1];
  const spec = getLoss(kernel.glsl.id);
  return kernel.glsl.classWeights(spec ? withDefaults(spec, params) : params);
}
