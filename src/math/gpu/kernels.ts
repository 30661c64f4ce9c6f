import { bceLogitsGlsl } from './glsl/bceLogits';
import { hingeGlsl } from './glsl/hinge';
import { huberGlsl } from './glsl/huber';
import { mseGlsl } from './glsl/mse';
import type { LossGlsl } from './glsl/types';

/**
 * Every loss with a per-sample batch kernel. Adding one: a snippet in glsl/ and a line here. mse,
 * huber and hinge are built on the same profile GLSL the surface kernels use (surface/kernels.ts).
 */
export const LOSS_GLSL: readonly LossGlsl[] = [mseGlsl, huberGlsl, hingeGlsl, bceLogitsGlsl];

const byId = new Map(LOSS_GLSL.map((k) => [k.id, k]));

export function getLossGlsl(id: string): LossGlsl | undefined {
  return byId.get(id);
}
