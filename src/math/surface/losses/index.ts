/**
 * The surface losses: one entry per (model, loss), each in its own file. Adding one: a file defining it with
 * defineLoss(model, …) and one line here; SURFACE_LOSSES, the GPU kernels and the registry suites follow.
 *
 * Each entry keeps its own loop literal on purpose: a loop shared by all losses calls the loss through one
 * call site, which V8 stops inlining once a session has used several losses (10× slower here). Every loop
 * calls the registry's per-sample functions (src/math/losses), so each loss keeps one definition
 * (sums.test.ts holds each loop to its profile).
 */
import type { SurfaceLoss } from '../model';
import type { ModelKind } from '../types';
import { bceLogitsSurface } from './bce_logits';
import { focalSurface } from './focal';
import { hingeSurface } from './hinge';
import { huberSurface } from './huber';
import { logCoshSurface } from './log_cosh';
import { maeSurface } from './mae';
import { mseSurface } from './mse';
import { msleSurface } from './msle';
import { multiclassHingeSurface } from './multiclass_hinge';
import { poly1Surface } from './poly1';
import { quantileSurface } from './quantile';
import { smoothL1Surface } from './smooth_l1';
import { softmaxCeSurface } from './softmax_ce';
import { squaredHingeSurface } from './squared_hinge';

/** In each model's menu order. */
export const SURFACE_LOSS_ENTRIES: readonly SurfaceLoss<ModelKind>[] = [
  mseSurface,
  maeSurface,
  huberSurface,
  smoothL1Surface,
  logCoshSurface,
  quantileSurface,
  msleSurface,
  hingeSurface,
  squaredHingeSurface,
  bceLogitsSurface,
  focalSurface,
  softmaxCeSurface,
  multiclassHingeSurface,
  poly1Surface,
];
